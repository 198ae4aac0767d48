// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `無法載入 Telegram 登入。請檢查網路連線後再試一次。`,
  "s575e795c45e2d97e": `返回`,
  "s76ea993fdc8503d8": `點擊下方按鈕開始。`,
  "se5f0cc492e939608": `正在透過 Telegram 登入`,
};
