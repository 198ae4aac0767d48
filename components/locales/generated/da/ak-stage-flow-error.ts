// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s4090dd0c0e45988b": `Anmodnings-id`,
  "sadf9ac04abb2c03e": `Tekniske detaljer`,
  "sb9bd4f5a3810b77e": `Noget gik galt`,
  "se66e6ed60ef5c073": `Serveren kunne ikke fortsætte dette flow. Prøv igen senere.`,
};
