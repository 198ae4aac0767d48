// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s43171ca0e86d4e63": `계속하는 중…`,
  "s7e47d88d5830454a": `이 로그인 흐름이 허용되지 않은 주소로 데이터를 보내려고 했습니다.`,
};
