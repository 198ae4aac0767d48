// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Download koder`,
  "s114e6e1944bc6a8f": `Jeg har gemt mine koder`,
  "s32725e8198d3f68d": `Koderne er kopieret til udklipsholderen.`,
  "s598ec4089e18a612": `Kunne ikke kopiere. Markér koderne, og kopiér dem selv.`,
  "s7453257f57952a30": `Gem dine gendannelseskoder`,
  "s8d5ac1c4ac7f5b64": `Gendannelseskoder`,
  "sbe4bbc708c984a4c": `Koderne er downloadet.`,
  "sd05ace09aea8e64b": `Opbevar koderne et sikkert sted. Med hver kode kan du logge ind én gang, hvis du mister dine andre metoder.`,
  "sffa03d022d27e74e": `Kopiér koder`,
};
