// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Jatka Apple-ikkunassa.`,
  "s0ab3736c634bd765": `Kirjautuminen Applella peruttiin tai se ei onnistunut.`,
  "s575e795c45e2d97e": `Takaisin`,
  "s74846f6239abeabc": `Kirjautumista Applella ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.`,
  "s77c9437cd7bfee62": `Avataan Apple-kirjautumista…`,
  "s7d0f706e3cf4fa41": `Kirjaudutaan Applella…`,
};
