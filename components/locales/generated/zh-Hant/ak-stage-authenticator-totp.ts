// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `請在驗證器應用程式中輸入此金鑰，然後輸入應用程式顯示的驗證碼。`,
  "s02f936d07f478eb8": str`帳戶：${0}`,
  "s14c14f1ba57a0b9b": `驗證器應用程式的 QR 碼`,
  "s2be2d2711a1d586d": `伺服器未傳送可用的設定碼。請稍後再試。`,
  "s504f4416a8304e79": `請用驗證器應用程式掃描此 QR 碼，然後輸入應用程式顯示的驗證碼。`,
  "s6b2dff166538b916": str`發行者：${0}`,
  "s9819a4ef34637240": `秘密金鑰：`,
  "sa81ec213e4f13f5a": `無法掃描嗎？改為輸入金鑰`,
  "sb85774dc5d18ff0f": `確認`,
  "se6c9e1118b05bb37": `設定驗證器應用程式`,
};
