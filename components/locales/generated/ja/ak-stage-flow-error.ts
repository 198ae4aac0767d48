// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s4090dd0c0e45988b": `リクエスト ID`,
  "sadf9ac04abb2c03e": `技術的な詳細`,
  "sb9bd4f5a3810b77e": `問題が発生しました`,
  "se66e6ed60ef5c073": `サーバーがこのフローを続行できませんでした。後でもう一度お試しください。`,
};
