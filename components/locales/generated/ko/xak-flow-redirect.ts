// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s05a7590b858f7b0e": `로그인되었습니다.`,
  "s4d7fe7be1c49896c": `이제 이 페이지를 닫아도 됩니다.`,
  "s938a222aac6f24e8": `이 로그인 흐름이 허용되지 않은 주소로 이동시키려고 했습니다.`,
  "s94d6aff76c1fa24b": `리디렉션하는 중…`,
};
