// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Wir haben einen Code an Ihre E-Mail-Adresse gesendet.`,
  "s38887b94b3320533": `E-Mail-Adresse`,
  "s393fa33e92e1b35c": `Code senden`,
  "s47944e1576765d27": `Anmeldecodes per E-Mail`,
  "sb85774dc5d18ff0f": `Bestätigen`,
  "sc2f0b97850cdd990": `Wir senden einen Code an diese Adresse.`,
  "scdc5f94539896cac": str`Wir haben einen Code an ${0} gesendet.`,
};
