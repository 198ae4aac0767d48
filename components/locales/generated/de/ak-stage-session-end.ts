// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `Zurück zur Anwendung`,
  "sa5c3a21cbc762ce9": str`Sie haben sich von ${0} abgemeldet.`,
  "sc17d6bd769c3acc9": str`Zurück zu ${0}`,
  "sdb749e793de55478": str`Von ${0} abmelden`,
  "se146cd96a9e8d8d0": `Sie haben sich abgemeldet.`,
  "sf75a2951784d9901": str`Sie können zur Anwendung zurückkehren oder sich auch von ${0} abmelden.`,
};
