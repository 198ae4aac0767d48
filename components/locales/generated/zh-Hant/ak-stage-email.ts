// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `我們已寄給你一封含有連結的電子郵件。開啟連結即可繼續；你可以關閉此頁面。`,
  "s14dffd4fb4d2ac09": `已重新寄送電子郵件。`,
  "s829c029ff2b2f5ce": `請查看收件匣`,
  "s95fad300a7938b80": `重新寄送電子郵件`,
};
