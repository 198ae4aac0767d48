// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Am trimis un cod la adresa dvs. de e-mail.`,
  "s38887b94b3320533": `Adresă de e-mail`,
  "s393fa33e92e1b35c": `Trimite codul`,
  "s47944e1576765d27": `Coduri de autentificare prin e-mail`,
  "sb85774dc5d18ff0f": `Confirmă`,
  "sc2f0b97850cdd990": `Vom trimite un cod la această adresă.`,
  "scdc5f94539896cac": str`Am trimis un cod la ${0}.`,
};
