// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Vi har sendt deg en e-post med en lenke. Åpne den for å fortsette; du kan lukke denne siden.`,
  "s14dffd4fb4d2ac09": `E-posten ble sendt på nytt.`,
  "s829c029ff2b2f5ce": `Sjekk innboksen din`,
  "s95fad300a7938b80": `Send e-posten på nytt`,
};
