// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `این کلید را در برنامهٔ احراز هویت وارد کنید و سپس کدی را که نشان می‌دهد وارد کنید.`,
  "s02f936d07f478eb8": str`حساب: ${0}`,
  "s14c14f1ba57a0b9b": `کد QR برای برنامهٔ احراز هویت`,
  "s2be2d2711a1d586d": `سرور کد راه‌اندازی قابل‌استفاده‌ای نفرستاد. بعداً دوباره تلاش کنید.`,
  "s504f4416a8304e79": `این کد QR را با برنامهٔ احراز هویت اسکن کنید و سپس کدی را که نشان می‌دهد وارد کنید.`,
  "s6b2dff166538b916": str`صادرکننده: ${0}`,
  "s9819a4ef34637240": `کلید محرمانه:`,
  "sa81ec213e4f13f5a": `نمی‌توانید کد را اسکن کنید؟ به‌جای آن کلید را وارد کنید`,
  "sb85774dc5d18ff0f": `تأیید`,
  "se6c9e1118b05bb37": `راه‌اندازی برنامهٔ احراز هویت`,
};
