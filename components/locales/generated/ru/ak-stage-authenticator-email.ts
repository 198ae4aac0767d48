// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Мы отправили код на вашу электронную почту.`,
  "s38887b94b3320533": `Адрес электронной почты`,
  "s393fa33e92e1b35c": `Отправить код`,
  "s47944e1576765d27": `Коды входа по электронной почте`,
  "sb85774dc5d18ff0f": `Подтвердить`,
  "sc2f0b97850cdd990": `Мы отправим код на этот адрес.`,
  "scdc5f94539896cac": str`Мы отправили код на ${0}.`,
};
