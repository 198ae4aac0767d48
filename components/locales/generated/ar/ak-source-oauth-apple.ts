// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `تابِع في نافذة Apple.`,
  "s0ab3736c634bd765": `أُلغي تسجيل الدخول عبر Apple أو لم ينجح.`,
  "s575e795c45e2d97e": `رجوع`,
  "s74846f6239abeabc": `تعذّر تحميل تسجيل الدخول عبر Apple. تحقّق من اتصالك وحاول مرة أخرى.`,
  "s77c9437cd7bfee62": `جارٍ فتح تسجيل الدخول عبر Apple…`,
  "s7d0f706e3cf4fa41": `جارٍ تسجيل الدخول عبر Apple…`,
};
