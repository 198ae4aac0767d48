// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Telegram ログインを読み込めませんでした。接続を確認して、もう一度お試しください。`,
  "s575e795c45e2d97e": `戻る`,
  "s76ea993fdc8503d8": `下のボタンをクリックして開始してください。`,
  "se5f0cc492e939608": `Telegram でサインインしています`,
};
