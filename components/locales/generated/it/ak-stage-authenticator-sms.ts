// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Invia codice`,
  "s6b7e77d7072c373e": `Includi il prefisso internazionale, ad esempio +39 312 345 6789.`,
  "s9f2d165631ec2a81": `Codici di accesso via SMS`,
  "sb85774dc5d18ff0f": `Conferma`,
  "sc0a0c87d5c556c38": `Numero di telefono`,
  "sd127b9ab8f9b931f": `Abbiamo inviato un codice al tuo telefono.`,
};
