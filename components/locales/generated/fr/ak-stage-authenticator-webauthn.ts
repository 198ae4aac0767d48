// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Suivez les instructions de votre navigateur ou de votre clé de sécurité.`,
  "s2c15b9b13a3e2a80": `Enregistrer`,
  "s942caaa174333901": `Utilisez une clé de sécurité, une clé d’accès ou le verrouillage d’écran de cet appareil. Votre navigateur vous guidera.`,
  "scf2d3d1d72cccd95": `Enregistrer une clé de sécurité ou une clé d’accès`,
};
