// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Följ anvisningarna från webbläsaren eller säkerhetsnyckeln.`,
  "s2c15b9b13a3e2a80": `Registrera`,
  "s942caaa174333901": `Använd en säkerhetsnyckel, en nyckel för inloggning eller enhetens skärmlås. Webbläsaren guidar dig.`,
  "scf2d3d1d72cccd95": `Registrera en säkerhetsnyckel eller nyckel för inloggning`,
};
