// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Мы отправили вам письмо со ссылкой. Откройте её, чтобы продолжить; эту страницу можно закрыть.`,
  "s14dffd4fb4d2ac09": `Письмо отправлено ещё раз.`,
  "s829c029ff2b2f5ce": `Проверьте почту`,
  "s95fad300a7938b80": `Отправить письмо ещё раз`,
};
