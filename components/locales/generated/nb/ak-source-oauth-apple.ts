// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Fortsett i Apple-vinduet.`,
  "s0ab3736c634bd765": `Innlogging med Apple ble avbrutt eller fungerte ikke.`,
  "s575e795c45e2d97e": `Tilbake`,
  "s74846f6239abeabc": `Logg på med Apple kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.`,
  "s77c9437cd7bfee62": `Åpner Apple-innlogging …`,
  "s7d0f706e3cf4fa41": `Logger inn med Apple …`,
};
