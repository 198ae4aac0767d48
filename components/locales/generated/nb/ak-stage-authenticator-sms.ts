// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Send kode`,
  "s6b7e77d7072c373e": `Ta med landskoden, for eksempel +47 912 34 567.`,
  "s9f2d165631ec2a81": `Innloggingskoder på SMS`,
  "sb85774dc5d18ff0f": `Bekreft`,
  "sc0a0c87d5c556c38": `Telefonnummer`,
  "sd127b9ab8f9b931f": `Vi har sendt en kode til telefonen din.`,
};
