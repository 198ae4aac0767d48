// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `We hebben een code naar je e-mailadres gestuurd.`,
  "s38887b94b3320533": `E-mailadres`,
  "s393fa33e92e1b35c": `Code versturen`,
  "s47944e1576765d27": `Inlogcodes per e-mail`,
  "sb85774dc5d18ff0f": `Bevestigen`,
  "sc2f0b97850cdd990": `We sturen een code naar dit adres.`,
  "scdc5f94539896cac": str`We hebben een code gestuurd naar ${0}.`,
};
