// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `正在驗證你的裝置…`,
  "s275ffc38e52a89c3": `正在驗證你的裝置`,
  "s95094b57684716a5": `無法驗證裝置。`,
  "s9a44ca2fd1c27f4b": `這需要此裝置上安裝 authentik 代理程式。沒有代理程式時，你可以不經驗證繼續，但此次登入可能會遭到拒絕。`,
  "sfedb913e05b5392b": `不驗證並繼續`,
};
