// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Ladda ned koder`,
  "s114e6e1944bc6a8f": `Jag har sparat mina koder`,
  "s32725e8198d3f68d": `Koderna har kopierats till urklipp.`,
  "s598ec4089e18a612": `Det gick inte att kopiera. Markera koderna och kopiera dem själv.`,
  "s7453257f57952a30": `Spara dina återställningskoder`,
  "s8d5ac1c4ac7f5b64": `Återställningskoder`,
  "sbe4bbc708c984a4c": `Koderna har laddats ned.`,
  "sd05ace09aea8e64b": `Förvara koderna på ett säkert ställe. Med varje kod kan du logga in en gång om du förlorar dina andra metoder.`,
  "sffa03d022d27e74e": `Kopiera koder`,
};
