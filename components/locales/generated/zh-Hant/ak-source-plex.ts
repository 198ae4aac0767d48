// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `繼續前往 Plex`,
  "s21fd7be5f79f1055": `Plex 視窗遭到封鎖。請允許此網站的彈出式視窗後再試一次。`,
  "s331f5866a34e7922": `正在等待 Plex… 請在 Plex 視窗中完成登入。`,
  "s36458ec76f717fa7": `Plex 會在新視窗中開啟。`,
  "s40517fa54c121238": `透過 Plex 登入失敗。請再試一次。`,
  "s575e795c45e2d97e": `返回`,
  "s58faf7ea0d932452": `透過 Plex 登入逾時。請再試一次。`,
  "s5e5d2ccd05427119": `登入完成前 Plex 視窗已關閉。`,
  "s671f57e33aaed116": `透過 Plex 登入`,
};
