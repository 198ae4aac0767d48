// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Vi har skickat ett mejl med en länk till dig. Öppna den för att fortsätta; du kan stänga den här sidan.`,
  "s14dffd4fb4d2ac09": `Mejlet har skickats igen.`,
  "s829c029ff2b2f5ce": `Titta i inkorgen`,
  "s95fad300a7938b80": `Skicka mejlet igen`,
};
