// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Wysłaliśmy kod na Twój adres e-mail.`,
  "s38887b94b3320533": `Adres e-mail`,
  "s393fa33e92e1b35c": `Wyślij kod`,
  "s47944e1576765d27": `Kody logowania przez e-mail`,
  "sb85774dc5d18ff0f": `Potwierdź`,
  "sc2f0b97850cdd990": `Wyślemy kod na ten adres.`,
  "scdc5f94539896cac": str`Wysłaliśmy kod na adres ${0}.`,
};
