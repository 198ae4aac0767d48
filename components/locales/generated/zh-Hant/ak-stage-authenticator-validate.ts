// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `請依照瀏覽器或安全金鑰的指示操作。`,
  "s067e961bb67cf3f6": `驗證中…`,
  "s096462425083681c": `選擇其他方式`,
  "s0cbfed624fc5250b": `我們已將驗證碼寄到你的電子郵件地址。`,
  "s16841913159b031f": `請使用一組一次性復原碼。`,
  "s2039bcdbde21fbc8": `以電子郵件取得驗證碼。`,
  "s219df3716f7f9867": `已傳送推播通知。請在手機上核准。`,
  "s2600721a584509eb": `選擇驗證方式`,
  "s28783c482f664cc2": `請輸入驗證器應用程式顯示的驗證碼。`,
  "s29823f9c5dcf3518": `Duo 推播通知`,
  "s57768e7b027155f1": `你的帳戶需要第二道驗證。請選擇一種方式立即設定。`,
  "s578781b36717c4d1": `Duo 推播通知`,
  "s5f88ff434f394bb8": `這裡不支援此驗證方式。`,
  "s8648067b36d06985": `電子郵件驗證碼`,
  "s868c61574f0b3e75": `使用安全金鑰`,
  "s8894ff7b0cb8c03c": `以簡訊取得驗證碼。`,
  "s88d68d4febc124b9": `驗證器應用程式 (TOTP)`,
  "s8d5ac1c4ac7f5b64": `復原碼`,
  "sa3adc2f19591658f": `設定驗證方式`,
  "sa86003f59f31f31e": `請輸入驗證器應用程式中的驗證碼。`,
  "sb05d85d765f97bed": `簡訊 (SMS)`,
  "sc2b6c18334a4a2c4": `驗證`,
  "sc4433e83b306bfd3": `驗證器應用程式`,
  "sc55c40949dc31340": `傳送推播通知`,
  "scdc5f94539896cac": str`我們已將驗證碼傳送至 ${0}。`,
  "scfcf3d4fb8f51970": `你的帳戶沒有可用的驗證方式。`,
  "sd127b9ab8f9b931f": `我們已將驗證碼傳送到你的手機。`,
  "sd2bab2bc2f7a1d7f": `復原碼`,
  "sd38d233206633a58": `在手機上核准推播通知。`,
  "sd53a72db6464c701": `請輸入一組復原碼。每組復原碼只能使用一次。`,
  "se4972b18ac6e6acb": `使用安全金鑰、通行金鑰或此裝置的螢幕鎖定。`,
  "sfdfb27eaf46500c9": `安全金鑰或通行金鑰`,
  "sffa044c132266f26": `其他方式`,
};
