// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Trimite codul`,
  "s6b7e77d7072c373e": `Includeți prefixul țării, de exemplu +40 712 345 678.`,
  "s9f2d165631ec2a81": `Coduri de autentificare prin SMS`,
  "sb85774dc5d18ff0f": `Confirmă`,
  "sc0a0c87d5c556c38": `Număr de telefon`,
  "sd127b9ab8f9b931f": `Am trimis un cod pe telefonul dvs.`,
};
