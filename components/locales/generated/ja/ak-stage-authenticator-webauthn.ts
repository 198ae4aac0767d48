// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `ブラウザーまたはセキュリティキーの指示に従ってください。`,
  "s2c15b9b13a3e2a80": `登録`,
  "s942caaa174333901": `セキュリティキー、パスキー、またはこのデバイスの画面ロックを使用してください。ブラウザーが手順を案内します。`,
  "scf2d3d1d72cccd95": `セキュリティキーまたはパスキーを登録`,
};
