// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s09205907b5b56cda": `아니요`,
  "s65a6fc3764e2fb44": `로그인 요청 횟수를 줄이려면 예를 선택하세요.`,
  "sac17f177f884e238": `로그인 상태를 유지하시겠습니까?`,
  "scb489a1a173ac3f0": `예`,
};
