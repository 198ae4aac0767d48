// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s4090dd0c0e45988b": `ID permintaan`,
  "sadf9ac04abb2c03e": `Detail teknis`,
  "sb9bd4f5a3810b77e": `Terjadi kesalahan`,
  "se66e6ed60ef5c073": `Server tidak dapat melanjutkan alur ini. Silakan coba lagi nanti.`,
};
