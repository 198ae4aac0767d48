// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Ми надіслали вам лист із посиланням. Відкрийте його, щоб продовжити; цю сторінку можна закрити.`,
  "s14dffd4fb4d2ac09": `Лист надіслано ще раз.`,
  "s829c029ff2b2f5ce": `Перевірте пошту`,
  "s95fad300a7938b80": `Надіслати лист ще раз`,
};
