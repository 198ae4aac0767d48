// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `إرسال الرمز`,
  "s6b7e77d7072c373e": `أدخِل رمز البلد، مثلًا ‎+966 55 123 4567.`,
  "s9f2d165631ec2a81": `رموز تسجيل الدخول عبر الرسائل النصية`,
  "sb85774dc5d18ff0f": `تأكيد`,
  "sc0a0c87d5c556c38": `رقم الهاتف`,
  "sd127b9ab8f9b931f": `أرسلنا رمزًا إلى هاتفك.`,
};
