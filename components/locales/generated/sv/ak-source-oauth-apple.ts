// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Fortsätt i Apple-fönstret.`,
  "s0ab3736c634bd765": `Inloggningen med Apple avbröts eller fungerade inte.`,
  "s575e795c45e2d97e": `Tillbaka`,
  "s74846f6239abeabc": `Logga in med Apple kunde inte läsas in. Kontrollera anslutningen och försök igen.`,
  "s77c9437cd7bfee62": `Öppnar Apple-inloggningen…`,
  "s7d0f706e3cf4fa41": `Loggar in med Apple…`,
};
