// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Vi har sendt en kode til din e-mailadresse.`,
  "s38887b94b3320533": `E-mailadresse`,
  "s393fa33e92e1b35c": `Send kode`,
  "s47944e1576765d27": `Loginkoder via e-mail`,
  "sb85774dc5d18ff0f": `Bekræft`,
  "sc2f0b97850cdd990": `Vi sender en kode til denne adresse.`,
  "scdc5f94539896cac": str`Vi har sendt en kode til ${0}.`,
};
