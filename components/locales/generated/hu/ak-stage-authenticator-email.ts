// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Kódot küldtünk az e-mail-címére.`,
  "s38887b94b3320533": `E-mail-cím`,
  "s393fa33e92e1b35c": `Kód küldése`,
  "s47944e1576765d27": `Bejelentkezési kódok e-mailben`,
  "sb85774dc5d18ff0f": `Megerősítés`,
  "sc2f0b97850cdd990": `Erre a címre küldünk egy kódot.`,
  "scdc5f94539896cac": str`Kódot küldtünk ide: ${0}.`,
};
