// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s2867562646df11e0": str`Concluído: ${0} de ${1}`,
  "s3d48cd6d549e27f2": `A terminar sessão…`,
  "s4e60cb152f4659f8": `Progresso do término de sessão`,
  "s5330b9b5c35d4ab0": str`Término de sessão em ${0}`,
  "s81b533a60f912e46": `A terminar a sessão nas suas aplicações`,
  "saca42b82fdad9e2d": `Aplicação sem nome`,
  "sc6e3058525a77c14": str`${0}: a terminar sessão…`,
  "sdd61ca3583d007c7": str`${0}: sessão terminada`,
  "sf3fa72617791f1f5": str`${0}: sem resposta`,
};
