// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `기기 확인 중…`,
  "s275ffc38e52a89c3": `기기 확인 중`,
  "s95094b57684716a5": `기기를 확인하지 못했습니다.`,
  "s9a44ca2fd1c27f4b": `이 기기에 authentik 에이전트가 필요합니다. 에이전트 없이 확인하지 않고 계속할 수 있지만, 이 경우 로그인이 거부될 수 있습니다.`,
  "sfedb913e05b5392b": `확인하지 않고 계속`,
};
