// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s6852facc4e6b544a": `로그인 단계`,
  "s97ff0c775eeed5cd": `이 로그인 단계가 허용되지 않은 주소의 페이지를 표시하려고 했습니다.`,
};
