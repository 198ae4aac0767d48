// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Verificando seu dispositivo…`,
  "s275ffc38e52a89c3": `Verificando seu dispositivo`,
  "s95094b57684716a5": `Não foi possível validar o dispositivo.`,
  "s9a44ca2fd1c27f4b": `Isso requer o agente do authentik neste dispositivo. Sem ele, você pode continuar sem verificação, mas este login poderá ser recusado.`,
  "sfedb913e05b5392b": `Continuar sem verificação`,
};
