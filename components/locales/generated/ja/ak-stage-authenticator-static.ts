// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `コードをダウンロード`,
  "s114e6e1944bc6a8f": `コードを保存しました`,
  "s32725e8198d3f68d": `コードをクリップボードにコピーしました。`,
  "s598ec4089e18a612": `コピーできませんでした。コードを選択して手動でコピーしてください。`,
  "s7453257f57952a30": `リカバリーコードを保存してください`,
  "s8d5ac1c4ac7f5b64": `リカバリーコード`,
  "sbe4bbc708c984a4c": `コードをダウンロードしました。`,
  "sd05ace09aea8e64b": `これらのコードは安全な場所に保管してください。他の方法が使えなくなったとき、各コードで 1 回サインインできます。`,
  "sffa03d022d27e74e": `コードをコピー`,
};
