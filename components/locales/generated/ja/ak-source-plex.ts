// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Plex に進む`,
  "s21fd7be5f79f1055": `Plex のウィンドウがブロックされました。このサイトのポップアップを許可して、もう一度お試しください。`,
  "s331f5866a34e7922": `Plex を待っています… Plex のウィンドウでサインインを完了してください。`,
  "s36458ec76f717fa7": `Plex は新しいウィンドウで開きます。`,
  "s40517fa54c121238": `Plex でサインインできませんでした。もう一度お試しください。`,
  "s575e795c45e2d97e": `戻る`,
  "s58faf7ea0d932452": `Plex でのサインインがタイムアウトしました。もう一度お試しください。`,
  "s5e5d2ccd05427119": `サインインが完了する前に Plex のウィンドウが閉じられました。`,
  "s671f57e33aaed116": `Plex でサインイン`,
};
