// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Küldtünk egy e-mailt egy hivatkozással. A folytatáshoz nyissa meg; ezt az oldalt bezárhatja.`,
  "s14dffd4fb4d2ac09": `Az e-mailt újra elküldtük.`,
  "s829c029ff2b2f5ce": `Nézze meg a beérkezett üzeneteit`,
  "s95fad300a7938b80": `E-mail újraküldése`,
};
