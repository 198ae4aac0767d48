// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `We hebben je een e-mail met een link gestuurd. Open die om verder te gaan; je kunt deze pagina sluiten.`,
  "s14dffd4fb4d2ac09": `De e-mail is opnieuw verstuurd.`,
  "s829c029ff2b2f5ce": `Kijk in je inbox`,
  "s95fad300a7938b80": `E-mail opnieuw versturen`,
};
