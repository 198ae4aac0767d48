// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Apple のウィンドウで続行してください。`,
  "s0ab3736c634bd765": `Apple でのサインインがキャンセルされたか、失敗しました。`,
  "s575e795c45e2d97e": `戻る`,
  "s74846f6239abeabc": `Apple でサインインを読み込めませんでした。接続を確認して、もう一度お試しください。`,
  "s77c9437cd7bfee62": `Apple のサインインを開いています…`,
  "s7d0f706e3cf4fa41": `Apple でサインインしています…`,
};
