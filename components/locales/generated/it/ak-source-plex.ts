// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continua su Plex`,
  "s21fd7be5f79f1055": `La finestra di Plex è stata bloccata. Consenti i pop-up per questo sito e riprova.`,
  "s331f5866a34e7922": `In attesa di Plex… Completa l'accesso nella finestra di Plex.`,
  "s36458ec76f717fa7": `Plex si apre in una nuova finestra.`,
  "s40517fa54c121238": `L'accesso con Plex non è riuscito. Riprova.`,
  "s575e795c45e2d97e": `Indietro`,
  "s58faf7ea0d932452": `Il tempo per l'accesso con Plex è scaduto. Riprova.`,
  "s5e5d2ccd05427119": `La finestra di Plex è stata chiusa prima del termine dell'accesso.`,
  "s671f57e33aaed116": `Accedi con Plex`,
};
