// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Folgen Sie den Anweisungen Ihres Browsers oder Sicherheitsschlüssels.`,
  "s2c15b9b13a3e2a80": `Registrieren`,
  "s942caaa174333901": `Verwenden Sie einen Sicherheitsschlüssel, einen Passkey oder die Bildschirmsperre dieses Geräts. Ihr Browser führt Sie durch die Schritte.`,
  "scf2d3d1d72cccd95": `Sicherheitsschlüssel oder Passkey registrieren`,
};
