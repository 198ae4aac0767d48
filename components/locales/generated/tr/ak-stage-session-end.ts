// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `Uygulamaya dön`,
  "sa5c3a21cbc762ce9": str`${0} oturumunuz kapatıldı.`,
  "sc17d6bd769c3acc9": str`${0} uygulamasına dön`,
  "sdb749e793de55478": str`${0} oturumunu kapat`,
  "se146cd96a9e8d8d0": `Oturumunuz kapatıldı.`,
  "sf75a2951784d9901": str`Uygulamaya dönebilir veya ${0} oturumunu da kapatabilirsiniz.`,
};
