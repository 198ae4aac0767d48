// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `در پنجرهٔ Apple ادامه دهید.`,
  "s0ab3736c634bd765": `ورود با Apple لغو شد یا انجام نشد.`,
  "s575e795c45e2d97e": `بازگشت`,
  "s74846f6239abeabc": `بارگذاری ورود با Apple ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.`,
  "s77c9437cd7bfee62": `در حال باز کردن ورود Apple…`,
  "s7d0f706e3cf4fa41": `در حال ورود با Apple…`,
};
