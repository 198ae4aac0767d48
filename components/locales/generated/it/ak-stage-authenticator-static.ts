// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Scarica codici`,
  "s114e6e1944bc6a8f": `Ho salvato i miei codici`,
  "s32725e8198d3f68d": `Codici copiati negli appunti.`,
  "s598ec4089e18a612": `Impossibile copiare. Seleziona i codici e copiali manualmente.`,
  "s7453257f57952a30": `Salva i codici di recupero`,
  "s8d5ac1c4ac7f5b64": `Codici di recupero`,
  "sbe4bbc708c984a4c": `Codici scaricati.`,
  "sd05ace09aea8e64b": `Conserva questi codici in un luogo sicuro. Ognuno ti permette di accedere una volta se perdi gli altri metodi.`,
  "sffa03d022d27e74e": `Copia codici`,
};
