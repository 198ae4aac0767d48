// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Last ned kodene`,
  "s114e6e1944bc6a8f": `Jeg har lagret kodene`,
  "s32725e8198d3f68d": `Kodene er kopiert til utklippstavlen.`,
  "s598ec4089e18a612": `Kunne ikke kopiere. Merk kodene og kopier dem selv.`,
  "s7453257f57952a30": `Lagre gjenopprettingskodene dine`,
  "s8d5ac1c4ac7f5b64": `Gjenopprettingskoder`,
  "sbe4bbc708c984a4c": `Kodene er lastet ned.`,
  "sd05ace09aea8e64b": `Oppbevar kodene på et trygt sted. Med hver kode kan du logge inn én gang hvis du mister de andre metodene.`,
  "sffa03d022d27e74e": `Kopier kodene`,
};
