// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Envoyer le code`,
  "s6b7e77d7072c373e": `Indiquez l’indicatif du pays, par exemple +33 6 12 34 56 78.`,
  "s9f2d165631ec2a81": `Codes de connexion par SMS`,
  "sb85774dc5d18ff0f": `Confirmer`,
  "sc0a0c87d5c556c38": `Numéro de téléphone`,
  "sd127b9ab8f9b931f": `Nous avons envoyé un code à votre téléphone.`,
};
