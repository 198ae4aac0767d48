// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Codes downloaden`,
  "s114e6e1944bc6a8f": `Ik heb mijn codes bewaard`,
  "s32725e8198d3f68d": `Codes gekopieerd naar het klembord.`,
  "s598ec4089e18a612": `Kopiëren is mislukt. Selecteer de codes en kopieer ze zelf.`,
  "s7453257f57952a30": `Bewaar je herstelcodes`,
  "s8d5ac1c4ac7f5b64": `Herstelcodes`,
  "sbe4bbc708c984a4c": `Codes gedownload.`,
  "sd05ace09aea8e64b": `Bewaar deze codes op een veilige plek. Met elke code kun je één keer inloggen als je je andere methoden kwijt bent.`,
  "sffa03d022d27e74e": `Codes kopiëren`,
};
