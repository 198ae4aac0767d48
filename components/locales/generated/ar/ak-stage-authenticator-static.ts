// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `تنزيل الرموز`,
  "s114e6e1944bc6a8f": `حفظتُ رموزي`,
  "s32725e8198d3f68d": `نُسخت الرموز إلى الحافظة.`,
  "s598ec4089e18a612": `تعذّر النسخ. حدّد الرموز وانسخها بنفسك.`,
  "s7453257f57952a30": `احفظ رموز الاسترداد`,
  "s8d5ac1c4ac7f5b64": `رموز الاسترداد`,
  "sbe4bbc708c984a4c": `نُزّلت الرموز.`,
  "sd05ace09aea8e64b": `احتفظ بهذه الرموز في مكان آمن. كل رمز يتيح لك تسجيل الدخول مرة واحدة إذا فقدت طرقك الأخرى.`,
  "sffa03d022d27e74e": `نسخ الرموز`,
};
