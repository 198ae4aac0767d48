// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Vi har sendt dig en e-mail med et link. Åbn det for at fortsætte; du kan lukke denne side.`,
  "s14dffd4fb4d2ac09": `E-mailen blev sendt igen.`,
  "s829c029ff2b2f5ce": `Tjek din indbakke`,
  "s95fad300a7938b80": `Send e-mailen igen`,
};
