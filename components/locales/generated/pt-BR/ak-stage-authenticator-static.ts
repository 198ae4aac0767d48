// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Baixar códigos`,
  "s114e6e1944bc6a8f": `Salvei meus códigos`,
  "s32725e8198d3f68d": `Códigos copiados para a área de transferência.`,
  "s598ec4089e18a612": `Não foi possível copiar. Selecione os códigos e copie-os você mesmo.`,
  "s7453257f57952a30": `Salve seus códigos de recuperação`,
  "s8d5ac1c4ac7f5b64": `Códigos de recuperação`,
  "sbe4bbc708c984a4c": `Códigos baixados.`,
  "sd05ace09aea8e64b": `Guarde estes códigos em um lugar seguro. Cada um permite entrar uma vez caso você perca seus outros métodos.`,
  "sffa03d022d27e74e": `Copiar códigos`,
};
