// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Lataa koodit`,
  "s114e6e1944bc6a8f": `Olen tallentanut koodini`,
  "s32725e8198d3f68d": `Koodit kopioitiin leikepöydälle.`,
  "s598ec4089e18a612": `Kopiointi ei onnistunut. Valitse koodit ja kopioi ne itse.`,
  "s7453257f57952a30": `Tallenna palautuskoodisi`,
  "s8d5ac1c4ac7f5b64": `Palautuskoodit`,
  "sbe4bbc708c984a4c": `Koodit ladattiin.`,
  "sd05ace09aea8e64b": `Säilytä nämä koodit turvallisessa paikassa. Kullakin voit kirjautua kerran, jos muut menetelmäsi katoavat.`,
  "sffa03d022d27e74e": `Kopioi koodit`,
};
