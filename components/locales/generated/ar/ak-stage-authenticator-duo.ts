// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `أو افتح رابط التفعيل هذا على هاتفك:`,
  "s4813d6c35eefb68c": `رمز التفعيل هذا لم يعد صالحًا. ابدأ من جديد للحصول على رمز جديد.`,
  "s4decfcf41abd7f1c": `امسح هذا الرمز بتطبيق Duo Mobile لتفعيل هاتفك.`,
  "s6f110f7fed7a2f77": `تحقّق الآن`,
  "s924e96f7db9ea701": `في انتظار التفعيل…`,
  "s991eb34760cbd249": `تعذّر التحقق من التفعيل. يُرجى المحاولة مرة أخرى.`,
  "sc2ec367e3108fe65": `رمز QR لتفعيل Duo`,
  "sec5f2bec990561f0": `إعداد Duo`,
  "sf60322177202a81e": `لم يتم تفعيل هاتفك بعد. امسح الرمز، ثم تحقّق مرة أخرى.`,
};
