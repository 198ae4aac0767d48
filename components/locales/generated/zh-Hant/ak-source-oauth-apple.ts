// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `請在 Apple 視窗中繼續。`,
  "s0ab3736c634bd765": `透過 Apple 登入已取消或失敗。`,
  "s575e795c45e2d97e": `返回`,
  "s74846f6239abeabc": `無法載入「透過 Apple 登入」。請檢查網路連線後再試一次。`,
  "s77c9437cd7bfee62": `正在開啟 Apple 登入…`,
  "s7d0f706e3cf4fa41": `正在透過 Apple 登入…`,
};
