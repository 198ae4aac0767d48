// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Enviar código`,
  "s6b7e77d7072c373e": `Inclua o código do país, por exemplo +55 11 91234-5678.`,
  "s9f2d165631ec2a81": `Códigos de acesso por SMS`,
  "sb85774dc5d18ff0f": `Confirmar`,
  "sc0a0c87d5c556c38": `Número de telefone`,
  "sd127b9ab8f9b931f": `Enviamos um código para seu celular.`,
};
