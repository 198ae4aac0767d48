// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `请在 Apple 窗口中继续。`,
  "s0ab3736c634bd765": `通过 Apple 登录已取消或失败。`,
  "s575e795c45e2d97e": `返回`,
  "s74846f6239abeabc": `无法加载“通过 Apple 登录”。请检查网络连接后重试。`,
  "s77c9437cd7bfee62": `正在打开 Apple 登录…`,
  "s7d0f706e3cf4fa41": `正在通过 Apple 登录…`,
};
