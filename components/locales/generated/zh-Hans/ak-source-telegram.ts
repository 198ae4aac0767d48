// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `无法加载 Telegram 登录。请检查网络连接后重试。`,
  "s575e795c45e2d97e": `返回`,
  "s76ea993fdc8503d8": `点击下方按钮开始。`,
  "se5f0cc492e939608": `正在通过 Telegram 登录`,
};
