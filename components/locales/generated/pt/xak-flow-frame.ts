// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s6852facc4e6b544a": `Passo de início de sessão`,
  "s97ff0c775eeed5cd": `Este passo de início de sessão tentou apresentar uma página de um endereço não permitido.`,
};
