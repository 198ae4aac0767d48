// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Verifica del dispositivo…`,
  "s275ffc38e52a89c3": `Verifica del dispositivo`,
  "s95094b57684716a5": `Impossibile convalidare il dispositivo.`,
  "s9a44ca2fd1c27f4b": `Serve l'agente authentik su questo dispositivo. Senza, puoi continuare senza verifica, ma questo accesso potrebbe essere rifiutato.`,
  "sfedb913e05b5392b": `Continua senza verifica`,
};
