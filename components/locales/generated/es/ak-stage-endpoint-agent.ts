// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Verificando tu dispositivo…`,
  "s275ffc38e52a89c3": `Verificando tu dispositivo`,
  "s95094b57684716a5": `No se pudo validar el dispositivo.`,
  "s9a44ca2fd1c27f4b": `Esto requiere el agente de authentik en este dispositivo. Sin él, puedes continuar sin verificar, pero es posible que se rechace este inicio de sesión.`,
  "sfedb913e05b5392b": `Continuar sin verificar`,
};
