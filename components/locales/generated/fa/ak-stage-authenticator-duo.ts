// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `یا این پیوند فعال‌سازی را در تلفن خود باز کنید:`,
  "s4813d6c35eefb68c": `این کد فعال‌سازی دیگر معتبر نیست. برای دریافت کد جدید از نو شروع کنید.`,
  "s4decfcf41abd7f1c": `برای فعال کردن تلفن، این کد را با برنامهٔ Duo Mobile اسکن کنید.`,
  "s6f110f7fed7a2f77": `بررسی کنید`,
  "s924e96f7db9ea701": `در انتظار فعال‌سازی…`,
  "s991eb34760cbd249": `بررسی فعال‌سازی ممکن نشد. لطفاً دوباره تلاش کنید.`,
  "sc2ec367e3108fe65": `کد QR فعال‌سازی Duo`,
  "sec5f2bec990561f0": `راه‌اندازی Duo`,
  "sf60322177202a81e": `تلفن شما هنوز فعال نشده است. کد را اسکن کنید و دوباره بررسی کنید.`,
};
