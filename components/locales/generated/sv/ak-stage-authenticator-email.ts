// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Vi har skickat en kod till din e-postadress.`,
  "s38887b94b3320533": `E-postadress`,
  "s393fa33e92e1b35c": `Skicka kod`,
  "s47944e1576765d27": `Inloggningskoder via e-post`,
  "sb85774dc5d18ff0f": `Bekräfta`,
  "sc2f0b97850cdd990": `Vi skickar en kod till den här adressen.`,
  "scdc5f94539896cac": str`Vi har skickat en kod till ${0}.`,
};
