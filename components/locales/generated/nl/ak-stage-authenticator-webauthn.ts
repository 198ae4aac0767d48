// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Volg de instructies van je browser of beveiligingssleutel.`,
  "s2c15b9b13a3e2a80": `Registreren`,
  "s942caaa174333901": `Gebruik een beveiligingssleutel, een passkey of de schermvergrendeling van dit apparaat. Je browser helpt je verder.`,
  "scf2d3d1d72cccd95": `Beveiligingssleutel of passkey registreren`,
};
