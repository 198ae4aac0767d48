// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `جارٍ التحقق من جهازك…`,
  "s275ffc38e52a89c3": `جارٍ التحقق من جهازك`,
  "s95094b57684716a5": `تعذّر التحقق من صحة الجهاز.`,
  "s9a44ca2fd1c27f4b": `يتطلب هذا وجود وكيل authentik على هذا الجهاز. بدونه يمكنك المتابعة دون تحقق، لكن قد يُرفض تسجيل الدخول هذا.`,
  "sfedb913e05b5392b": `المتابعة دون تحقق`,
};
