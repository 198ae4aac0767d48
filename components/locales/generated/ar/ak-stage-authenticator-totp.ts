// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `أدخِل هذا المفتاح في تطبيق المصادقة، ثم أدخِل الرمز الذي يعرضه.`,
  "s02f936d07f478eb8": str`الحساب: ${0}`,
  "s14c14f1ba57a0b9b": `رمز QR لتطبيق المصادقة`,
  "s2be2d2711a1d586d": `لم يرسل الخادم رمز إعداد صالحًا. حاول مرة أخرى لاحقًا.`,
  "s504f4416a8304e79": `امسح رمز QR هذا بتطبيق المصادقة، ثم أدخِل الرمز الذي يعرضه.`,
  "s6b2dff166538b916": str`الجهة المُصدِرة: ${0}`,
  "s9819a4ef34637240": `المفتاح السري:`,
  "sa81ec213e4f13f5a": `لا يمكنك مسح الرمز؟ أدخِل المفتاح بدلًا منه`,
  "sb85774dc5d18ff0f": `تأكيد`,
  "se6c9e1118b05bb37": `إعداد تطبيق المصادقة`,
};
