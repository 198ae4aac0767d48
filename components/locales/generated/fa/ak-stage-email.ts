// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `ایمیلی حاوی یک پیوند برایتان فرستادیم. برای ادامه آن را باز کنید؛ می‌توانید این صفحه را ببندید.`,
  "s14dffd4fb4d2ac09": `ایمیل دوباره فرستاده شد.`,
  "s829c029ff2b2f5ce": `صندوق ورودی خود را بررسی کنید`,
  "s95fad300a7938b80": `ارسال دوبارهٔ ایمیل`,
};
