// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s09205907b5b56cda": `لا`,
  "s65a6fc3764e2fb44": `اختر «نعم» لتقليل عدد مرات مطالبتك بتسجيل الدخول.`,
  "sac17f177f884e238": `هل تريد البقاء مسجّلًا الدخول؟`,
  "scb489a1a173ac3f0": `نعم`,
};
