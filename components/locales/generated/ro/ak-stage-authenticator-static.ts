// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Descarcă codurile`,
  "s114e6e1944bc6a8f": `Am salvat codurile`,
  "s32725e8198d3f68d": `Codurile au fost copiate în clipboard.`,
  "s598ec4089e18a612": `Copierea nu a reușit. Selectați codurile și copiați-le manual.`,
  "s7453257f57952a30": `Salvați codurile de recuperare`,
  "s8d5ac1c4ac7f5b64": `Coduri de recuperare`,
  "sbe4bbc708c984a4c": `Codurile au fost descărcate.`,
  "sd05ace09aea8e64b": `Păstrați aceste coduri într-un loc sigur. Fiecare vă permite să vă autentificați o dată dacă pierdeți celelalte metode.`,
  "sffa03d022d27e74e": `Copiază codurile`,
};
