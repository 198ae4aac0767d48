// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Folytassa az Apple-ablakban.`,
  "s0ab3736c634bd765": `Az Apple-bejelentkezés megszakadt vagy nem sikerült.`,
  "s575e795c45e2d97e": `Vissza`,
  "s74846f6239abeabc": `Az Apple-bejelentkezés nem tölthető be. Ellenőrizze a kapcsolatot, és próbálja újra.`,
  "s77c9437cd7bfee62": `Az Apple-bejelentkezés megnyitása…`,
  "s7d0f706e3cf4fa41": `Bejelentkezés Apple-lel…`,
};
