// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Weiter zu Plex`,
  "s21fd7be5f79f1055": `Das Plex-Fenster wurde blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.`,
  "s331f5866a34e7922": `Warten auf Plex… Schließen Sie die Anmeldung im Plex-Fenster ab.`,
  "s36458ec76f717fa7": `Plex wird in einem neuen Fenster geöffnet.`,
  "s40517fa54c121238": `Die Anmeldung mit Plex hat nicht funktioniert. Bitte versuchen Sie es erneut.`,
  "s575e795c45e2d97e": `Zurück`,
  "s58faf7ea0d932452": `Bei der Anmeldung mit Plex ist eine Zeitüberschreitung aufgetreten. Bitte versuchen Sie es erneut.`,
  "s5e5d2ccd05427119": `Das Plex-Fenster wurde geschlossen, bevor die Anmeldung abgeschlossen war.`,
  "s671f57e33aaed116": `Mit Plex anmelden`,
};
