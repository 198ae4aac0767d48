// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `继续前往 Plex`,
  "s21fd7be5f79f1055": `Plex 窗口被拦截。请允许此网站的弹出窗口后重试。`,
  "s331f5866a34e7922": `正在等待 Plex… 请在 Plex 窗口中完成登录。`,
  "s36458ec76f717fa7": `Plex 会在新窗口中打开。`,
  "s40517fa54c121238": `通过 Plex 登录失败。请重试。`,
  "s575e795c45e2d97e": `返回`,
  "s58faf7ea0d932452": `通过 Plex 登录超时。请重试。`,
  "s5e5d2ccd05427119": `登录完成前 Plex 窗口已关闭。`,
  "s671f57e33aaed116": `通过 Plex 登录`,
};
