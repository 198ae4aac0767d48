// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Code senden`,
  "s6b7e77d7072c373e": `Geben Sie die Ländervorwahl mit an, zum Beispiel +49 30 123456.`,
  "s9f2d165631ec2a81": `Anmeldecodes per SMS`,
  "sb85774dc5d18ff0f": `Bestätigen`,
  "sc0a0c87d5c556c38": `Telefonnummer`,
  "sd127b9ab8f9b931f": `Wir haben einen Code an Ihr Telefon gesendet.`,
};
