// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Fahren Sie im Apple-Fenster fort.`,
  "s0ab3736c634bd765": `Die Anmeldung mit Apple wurde abgebrochen oder hat nicht funktioniert.`,
  "s575e795c45e2d97e": `Zurück`,
  "s74846f6239abeabc": `„Mit Apple anmelden“ konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.`,
  "s77c9437cd7bfee62": `Apple-Anmeldung wird geöffnet…`,
  "s7d0f706e3cf4fa41": `Anmeldung mit Apple…`,
};
