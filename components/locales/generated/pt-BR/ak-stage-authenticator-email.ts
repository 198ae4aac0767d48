// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Enviamos um código para seu e-mail.`,
  "s38887b94b3320533": `Endereço de e-mail`,
  "s393fa33e92e1b35c": `Enviar código`,
  "s47944e1576765d27": `Códigos de acesso por e-mail`,
  "sb85774dc5d18ff0f": `Confirmar`,
  "sc2f0b97850cdd990": `Enviaremos um código para este endereço.`,
  "scdc5f94539896cac": str`Enviamos um código para ${0}.`,
};
