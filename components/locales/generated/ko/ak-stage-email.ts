// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `링크가 담긴 이메일을 보냈습니다. 링크를 열어 계속 진행하세요. 이 페이지는 닫아도 됩니다.`,
  "s14dffd4fb4d2ac09": `이메일을 다시 보냈습니다.`,
  "s829c029ff2b2f5ce": `받은편지함을 확인하세요`,
  "s95fad300a7938b80": `이메일 다시 보내기`,
};
