// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `E-posta adresinize bir kod gönderdik.`,
  "s38887b94b3320533": `E-posta adresi`,
  "s393fa33e92e1b35c": `Kod gönder`,
  "s47944e1576765d27": `E-postayla oturum açma kodları`,
  "sb85774dc5d18ff0f": `Onayla`,
  "sc2f0b97850cdd990": `Bu adrese bir kod göndereceğiz.`,
  "scdc5f94539896cac": str`${0} adresine bir kod gönderdik.`,
};
