// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s2867562646df11e0": str`Selesai: ${0} dari ${1}`,
  "s3d48cd6d549e27f2": `Sedang keluar…`,
  "s4e60cb152f4659f8": `Progres keluar`,
  "s5330b9b5c35d4ab0": str`Keluar dari ${0}`,
  "s81b533a60f912e46": `Mengeluarkan Anda dari aplikasi Anda`,
  "saca42b82fdad9e2d": `Aplikasi tanpa nama`,
  "sc6e3058525a77c14": str`${0}: sedang keluar…`,
  "sdd61ca3583d007c7": str`${0}: sudah keluar`,
  "sf3fa72617791f1f5": str`${0}: tidak merespons`,
};
