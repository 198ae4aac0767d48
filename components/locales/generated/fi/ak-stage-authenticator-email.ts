// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Lähetimme koodin sähköpostiisi.`,
  "s38887b94b3320533": `Sähköpostiosoite`,
  "s393fa33e92e1b35c": `Lähetä koodi`,
  "s47944e1576765d27": `Kirjautumiskoodit sähköpostiin`,
  "sb85774dc5d18ff0f": `Vahvista`,
  "sc2f0b97850cdd990": `Lähetämme koodin tähän osoitteeseen.`,
  "scdc5f94539896cac": str`Lähetimme koodin osoitteeseen ${0}.`,
};
