// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Continua nella finestra di Apple.`,
  "s0ab3736c634bd765": `L'accesso con Apple è stato annullato o non è riuscito.`,
  "s575e795c45e2d97e": `Indietro`,
  "s74846f6239abeabc": `Impossibile caricare "Accedi con Apple". Controlla la connessione e riprova.`,
  "s77c9437cd7bfee62": `Apertura dell'accesso Apple…`,
  "s7d0f706e3cf4fa41": `Accesso con Apple…`,
};
