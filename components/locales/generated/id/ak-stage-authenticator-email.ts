// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Kami telah mengirim kode ke alamat email Anda.`,
  "s38887b94b3320533": `Alamat email`,
  "s393fa33e92e1b35c": `Kirim kode`,
  "s47944e1576765d27": `Kode masuk lewat email`,
  "sb85774dc5d18ff0f": `Konfirmasi`,
  "sc2f0b97850cdd990": `Kami akan mengirim kode ke alamat ini.`,
  "scdc5f94539896cac": str`Kami telah mengirim kode ke ${0}.`,
};
