// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `Voltar à aplicação`,
  "sa5c3a21cbc762ce9": str`Terminou sessão em ${0}.`,
  "sc17d6bd769c3acc9": str`Voltar a ${0}`,
  "sdb749e793de55478": str`Terminar sessão em ${0}`,
  "se146cd96a9e8d8d0": `Terminou sessão.`,
  "sf75a2951784d9901": str`Pode voltar à aplicação ou terminar também a sessão em ${0}.`,
};
