// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `코드 다운로드`,
  "s114e6e1944bc6a8f": `코드를 저장했습니다`,
  "s32725e8198d3f68d": `코드를 클립보드에 복사했습니다.`,
  "s598ec4089e18a612": `복사하지 못했습니다. 코드를 선택해 직접 복사하세요.`,
  "s7453257f57952a30": `복구 코드를 저장하세요`,
  "s8d5ac1c4ac7f5b64": `복구 코드`,
  "sbe4bbc708c984a4c": `코드를 다운로드했습니다.`,
  "sd05ace09aea8e64b": `이 코드를 안전한 곳에 보관하세요. 다른 방법을 사용할 수 없게 되면 각 코드로 한 번씩 로그인할 수 있습니다.`,
  "sffa03d022d27e74e": `코드 복사`,
};
