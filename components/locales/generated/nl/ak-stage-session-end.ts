// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `Terug naar de applicatie`,
  "sa5c3a21cbc762ce9": str`Je bent uitgelogd bij ${0}.`,
  "sc17d6bd769c3acc9": str`Terug naar ${0}`,
  "sdb749e793de55478": str`Uitloggen bij ${0}`,
  "se146cd96a9e8d8d0": `Je bent uitgelogd.`,
  "sf75a2951784d9901": str`Je kunt teruggaan naar de applicatie, of ook uitloggen bij ${0}.`,
};
