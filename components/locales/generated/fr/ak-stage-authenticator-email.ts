// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Nous avons envoyé un code à votre adresse e-mail.`,
  "s38887b94b3320533": `Adresse e-mail`,
  "s393fa33e92e1b35c": `Envoyer le code`,
  "s47944e1576765d27": `Codes de connexion par e-mail`,
  "sb85774dc5d18ff0f": `Confirmer`,
  "sc2f0b97850cdd990": `Nous enverrons un code à cette adresse.`,
  "scdc5f94539896cac": str`Nous avons envoyé un code à ${0}.`,
};
