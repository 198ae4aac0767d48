// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `در حال بررسی دستگاه شما…`,
  "s275ffc38e52a89c3": `در حال بررسی دستگاه شما`,
  "s95094b57684716a5": `اعتبارسنجی دستگاه ناموفق بود.`,
  "s9a44ca2fd1c27f4b": `برای این کار، عامل authentik باید روی این دستگاه نصب باشد. بدون آن می‌توانید بدون بررسی ادامه دهید، اما ممکن است این ورود رد شود.`,
  "sfedb913e05b5392b": `ادامه بدون بررسی`,
};
