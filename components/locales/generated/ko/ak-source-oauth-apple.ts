// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Apple 창에서 계속하세요.`,
  "s0ab3736c634bd765": `Apple로 로그인이 취소되었거나 실패했습니다.`,
  "s575e795c45e2d97e": `돌아가기`,
  "s74846f6239abeabc": `Apple로 로그인을 불러올 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.`,
  "s77c9437cd7bfee62": `Apple 로그인을 여는 중…`,
  "s7d0f706e3cf4fa41": `Apple로 로그인하는 중…`,
};
