// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `または、スマートフォンでこの有効化リンクを開いてください:`,
  "s4813d6c35eefb68c": `このアクティベーションコードは無効になりました。最初からやり直して新しいコードを取得してください。`,
  "s4decfcf41abd7f1c": `Duo Mobile アプリでこのコードをスキャンして、スマートフォンを有効にしてください。`,
  "s6f110f7fed7a2f77": `今すぐ確認`,
  "s924e96f7db9ea701": `有効化を待っています…`,
  "s991eb34760cbd249": `有効化を確認できませんでした。もう一度お試しください。`,
  "sc2ec367e3108fe65": `Duo 有効化用 QR コード`,
  "sec5f2bec990561f0": `Duo を設定`,
  "sf60322177202a81e": `お使いの電話はまだ有効化されていません。コードをスキャンしてから、もう一度確認してください。`,
};
