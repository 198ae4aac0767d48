// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `인증 앱에 이 키를 입력한 다음, 앱에 표시된 코드를 입력하세요.`,
  "s02f936d07f478eb8": str`계정: ${0}`,
  "s14c14f1ba57a0b9b": `인증 앱용 QR 코드`,
  "s2be2d2711a1d586d": `서버가 사용할 수 있는 설정 코드를 보내지 않았습니다. 나중에 다시 시도하세요.`,
  "s504f4416a8304e79": `인증 앱으로 이 QR 코드를 스캔한 다음 표시된 코드를 입력하세요.`,
  "s6b2dff166538b916": str`발급자: ${0}`,
  "s9819a4ef34637240": `비밀 키:`,
  "sa81ec213e4f13f5a": `코드를 스캔할 수 없나요? 대신 키를 입력하세요`,
  "sb85774dc5d18ff0f": `확인`,
  "se6c9e1118b05bb37": `인증 앱 설정`,
};
