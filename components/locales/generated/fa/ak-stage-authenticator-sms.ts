// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `ارسال کد`,
  "s6b7e77d7072c373e": `کد کشور را هم وارد کنید، مثلاً ‎+98 912 345 6789.`,
  "s9f2d165631ec2a81": `کدهای ورود از طریق پیامک`,
  "sb85774dc5d18ff0f": `تأیید`,
  "sc0a0c87d5c556c38": `شمارهٔ تلفن`,
  "sd127b9ab8f9b931f": `کدی به تلفن شما فرستادیم.`,
};
