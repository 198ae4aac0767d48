// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Ga verder in het Apple-venster.`,
  "s0ab3736c634bd765": `Inloggen met Apple is geannuleerd of mislukt.`,
  "s575e795c45e2d97e": `Terug`,
  "s74846f6239abeabc": `Inloggen met Apple kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.`,
  "s77c9437cd7bfee62": `Apple-aanmelding openen…`,
  "s7d0f706e3cf4fa41": `Inloggen met Apple…`,
};
