// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `بارگذاری ورود Telegram ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.`,
  "s575e795c45e2d97e": `بازگشت`,
  "s76ea993fdc8503d8": `برای شروع، روی دکمهٔ زیر کلیک کنید.`,
  "se5f0cc492e939608": `در حال ورود با Telegram`,
};
