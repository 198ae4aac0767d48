// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `傳送驗證碼`,
  "s6b7e77d7072c373e": `請加上國碼，例如 +886 912 345 678。`,
  "s9f2d165631ec2a81": `以簡訊接收登入驗證碼`,
  "sb85774dc5d18ff0f": `確認`,
  "sc0a0c87d5c556c38": `電話號碼`,
  "sd127b9ab8f9b931f": `我們已將驗證碼傳送到你的手機。`,
};
