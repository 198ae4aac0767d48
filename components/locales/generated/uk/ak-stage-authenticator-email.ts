// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Ми надіслали код на вашу електронну пошту.`,
  "s38887b94b3320533": `Адреса електронної пошти`,
  "s393fa33e92e1b35c": `Надіслати код`,
  "s47944e1576765d27": `Коди входу електронною поштою`,
  "sb85774dc5d18ff0f": `Підтвердити`,
  "sc2f0b97850cdd990": `Ми надішлемо код на цю адресу.`,
  "scdc5f94539896cac": str`Ми надіслали код на ${0}.`,
};
