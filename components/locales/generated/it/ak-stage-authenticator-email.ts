// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Abbiamo inviato un codice al tuo indirizzo email.`,
  "s38887b94b3320533": `Indirizzo email`,
  "s393fa33e92e1b35c": `Invia codice`,
  "s47944e1576765d27": `Codici di accesso via email`,
  "sb85774dc5d18ff0f": `Conferma`,
  "sc2f0b97850cdd990": `Invieremo un codice a questo indirizzo.`,
  "scdc5f94539896cac": str`Abbiamo inviato un codice a ${0}.`,
};
