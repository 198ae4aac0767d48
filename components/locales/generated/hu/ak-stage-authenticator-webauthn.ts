// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Kövesse a böngésző vagy a biztonsági kulcs utasításait.`,
  "s2c15b9b13a3e2a80": `Regisztrálás`,
  "s942caaa174333901": `Használjon biztonsági kulcsot, azonosítókulcsot vagy az eszköz képernyőzárát. A böngésző végigvezeti a lépéseken.`,
  "scf2d3d1d72cccd95": `Biztonsági kulcs vagy azonosítókulcs regisztrálása`,
};
