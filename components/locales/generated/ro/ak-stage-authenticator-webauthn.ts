// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Urmați instrucțiunile browserului sau ale cheii de securitate.`,
  "s2c15b9b13a3e2a80": `Înregistrează`,
  "s942caaa174333901": `Folosiți o cheie de securitate, o cheie de acces sau blocarea ecranului acestui dispozitiv. Browserul vă va ghida.`,
  "scf2d3d1d72cccd95": `Înregistrați o cheie de securitate sau o cheie de acces`,
};
