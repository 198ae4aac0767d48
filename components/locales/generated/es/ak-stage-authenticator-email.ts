// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Hemos enviado un código a tu correo electrónico.`,
  "s38887b94b3320533": `Dirección de correo electrónico`,
  "s393fa33e92e1b35c": `Enviar código`,
  "s47944e1576765d27": `Códigos de acceso por correo electrónico`,
  "sb85774dc5d18ff0f": `Confirmar`,
  "sc2f0b97850cdd990": `Enviaremos un código a esta dirección.`,
  "scdc5f94539896cac": str`Hemos enviado un código a ${0}.`,
};
