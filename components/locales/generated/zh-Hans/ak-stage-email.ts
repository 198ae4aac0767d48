// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `我们已向你发送一封含链接的电子邮件。打开链接即可继续；你可以关闭此页面。`,
  "s14dffd4fb4d2ac09": `邮件已重新发送。`,
  "s829c029ff2b2f5ce": `请查看收件箱`,
  "s95fad300a7938b80": `重新发送邮件`,
};
