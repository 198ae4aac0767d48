// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Descargar códigos`,
  "s114e6e1944bc6a8f": `He guardado mis códigos`,
  "s32725e8198d3f68d": `Códigos copiados al portapapeles.`,
  "s598ec4089e18a612": `No se pudo copiar. Selecciona los códigos y cópialos tú.`,
  "s7453257f57952a30": `Guarda tus códigos de recuperación`,
  "s8d5ac1c4ac7f5b64": `Códigos de recuperación`,
  "sbe4bbc708c984a4c": `Códigos descargados.`,
  "sd05ace09aea8e64b": `Guarda estos códigos en un lugar seguro. Cada uno te permite iniciar sesión una vez si pierdes tus otros métodos.`,
  "sffa03d022d27e74e": `Copiar códigos`,
};
