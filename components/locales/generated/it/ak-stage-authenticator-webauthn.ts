// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Segui le istruzioni del browser o della chiave di sicurezza.`,
  "s2c15b9b13a3e2a80": `Registra`,
  "s942caaa174333901": `Usa una chiave di sicurezza, una passkey o il blocco schermo di questo dispositivo. Il browser ti guiderà.`,
  "scf2d3d1d72cccd95": `Registra una chiave di sicurezza o una passkey`,
};
