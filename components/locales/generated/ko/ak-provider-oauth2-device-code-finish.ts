// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s455a8fc21077e7f9": `기기가 인증되었습니다.`,
  "s7558b95144a48c64": `기기 연결됨`,
  "s7e8f9f9e657ed67e": `이제 이 탭을 닫고 기기로 돌아가도 됩니다.`,
};
