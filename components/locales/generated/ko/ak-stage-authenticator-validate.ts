// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `브라우저 또는 보안 키의 안내를 따르세요.`,
  "s067e961bb67cf3f6": `확인 중…`,
  "s096462425083681c": `다른 방법 선택`,
  "s0cbfed624fc5250b": `이메일 주소로 코드를 보냈습니다.`,
  "s16841913159b031f": `일회용 복구 코드 중 하나를 사용하세요.`,
  "s2039bcdbde21fbc8": `이메일로 코드를 받습니다.`,
  "s219df3716f7f9867": `푸시 알림을 보냈습니다. 휴대전화에서 승인하세요.`,
  "s2600721a584509eb": `인증 방법 선택`,
  "s28783c482f664cc2": `인증 앱에 표시된 코드를 입력하세요.`,
  "s29823f9c5dcf3518": `Duo 푸시 알림`,
  "s57768e7b027155f1": `계정에 두 번째 인증 요소가 필요합니다. 지금 설정할 방법을 선택하세요.`,
  "s578781b36717c4d1": `Duo 푸시 알림`,
  "s5f88ff434f394bb8": `이 인증 방법은 여기에서 지원되지 않습니다.`,
  "s8648067b36d06985": `이메일 코드`,
  "s868c61574f0b3e75": `보안 키 사용`,
  "s8894ff7b0cb8c03c": `문자 메시지로 코드를 받습니다.`,
  "s88d68d4febc124b9": `인증 앱(TOTP)`,
  "s8d5ac1c4ac7f5b64": `복구 코드`,
  "sa3adc2f19591658f": `인증 방법 설정`,
  "sa86003f59f31f31e": `인증 앱의 코드를 입력하세요.`,
  "sb05d85d765f97bed": `문자 메시지(SMS)`,
  "sc2b6c18334a4a2c4": `인증`,
  "sc4433e83b306bfd3": `인증 앱`,
  "sc55c40949dc31340": `푸시 알림 보내기`,
  "scdc5f94539896cac": str`${0}(으)로 코드를 보냈습니다.`,
  "scfcf3d4fb8f51970": `계정에 사용할 수 있는 인증 방법이 없습니다.`,
  "sd127b9ab8f9b931f": `휴대전화로 코드를 보냈습니다.`,
  "sd2bab2bc2f7a1d7f": `복구 코드`,
  "sd38d233206633a58": `휴대전화에서 푸시 알림을 승인하세요.`,
  "sd53a72db6464c701": `복구 코드 중 하나를 입력하세요. 각 코드는 한 번만 사용할 수 있습니다.`,
  "se4972b18ac6e6acb": `보안 키, 패스키 또는 이 기기의 화면 잠금을 사용하세요.`,
  "sfdfb27eaf46500c9": `보안 키 또는 패스키`,
  "sffa044c132266f26": `다른 방법`,
};
