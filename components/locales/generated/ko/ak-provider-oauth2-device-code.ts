// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s3cd84e82e83e35ad": `코드를 입력하세요`,
  "s5cc0282089deab7c": `기기 연결`,
  "sc1589121ae2f5f92": `기기에 표시된 코드를 입력하세요.`,
  "sf94c7214dd721680": `기기 코드`,
};
