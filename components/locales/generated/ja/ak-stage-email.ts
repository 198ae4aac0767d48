// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `リンクを記載したメールを送信しました。リンクを開いて続行してください。このページは閉じてもかまいません。`,
  "s14dffd4fb4d2ac09": `メールを再送信しました。`,
  "s829c029ff2b2f5ce": `受信トレイを確認してください`,
  "s95fad300a7938b80": `メールを再送信`,
};
