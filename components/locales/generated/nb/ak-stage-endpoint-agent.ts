// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Bekrefter enheten din …`,
  "s275ffc38e52a89c3": `Bekrefter enheten din`,
  "s95094b57684716a5": `Kunne ikke validere enheten.`,
  "s9a44ca2fd1c27f4b": `Dette krever authentik-agenten på denne enheten. Uten den kan du fortsette uten bekreftelse, men da kan denne innloggingen bli avvist.`,
  "sfedb913e05b5392b": `Fortsett uten bekreftelse`,
};
