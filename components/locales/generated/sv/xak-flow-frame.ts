// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s6852facc4e6b544a": `Inloggningssteg`,
  "s97ff0c775eeed5cd": `Inloggningssteget försökte visa en sida från en adress som inte är tillåten.`,
};
