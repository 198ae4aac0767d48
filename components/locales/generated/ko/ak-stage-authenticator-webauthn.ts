// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `브라우저 또는 보안 키의 안내를 따르세요.`,
  "s2c15b9b13a3e2a80": `등록`,
  "s942caaa174333901": `보안 키, 패스키 또는 이 기기의 화면 잠금을 사용하세요. 브라우저가 안내해 드립니다.`,
  "scf2d3d1d72cccd95": `보안 키 또는 패스키 등록`,
};
