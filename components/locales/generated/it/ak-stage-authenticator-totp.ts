// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Inserisci questa chiave nella tua app di autenticazione, poi inserisci il codice che mostra.`,
  "s02f936d07f478eb8": str`Account: ${0}`,
  "s14c14f1ba57a0b9b": `Codice QR per la tua app di autenticazione`,
  "s2be2d2711a1d586d": `Il server non ha inviato un codice di configurazione utilizzabile. Riprova più tardi.`,
  "s504f4416a8304e79": `Scansiona questo codice QR con la tua app di autenticazione, poi inserisci il codice che mostra.`,
  "s6b2dff166538b916": str`Emittente: ${0}`,
  "s9819a4ef34637240": `Chiave segreta:`,
  "sa81ec213e4f13f5a": `Non riesci a scansionare il codice? Inserisci invece la chiave`,
  "sb85774dc5d18ff0f": `Conferma`,
  "se6c9e1118b05bb37": `Configura un'app di autenticazione`,
};
