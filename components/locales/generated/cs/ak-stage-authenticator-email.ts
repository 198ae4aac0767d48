// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Poslali jsme kód na váš e-mail.`,
  "s38887b94b3320533": `E-mailová adresa`,
  "s393fa33e92e1b35c": `Poslat kód`,
  "s47944e1576765d27": `Přihlašovací kódy e-mailem`,
  "sb85774dc5d18ff0f": `Potvrdit`,
  "sc2f0b97850cdd990": `Na tuto adresu pošleme kód.`,
  "scdc5f94539896cac": str`Poslali jsme kód na ${0}.`,
};
