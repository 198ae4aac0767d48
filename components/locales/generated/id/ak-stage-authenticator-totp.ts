// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Masukkan kunci ini di aplikasi autentikator Anda, lalu masukkan kode yang ditampilkannya.`,
  "s02f936d07f478eb8": str`Akun: ${0}`,
  "s14c14f1ba57a0b9b": `Kode QR untuk aplikasi autentikator Anda`,
  "s2be2d2711a1d586d": `Server tidak mengirim kode penyiapan yang dapat digunakan. Coba lagi nanti.`,
  "s504f4416a8304e79": `Pindai kode QR ini dengan aplikasi autentikator Anda, lalu masukkan kode yang ditampilkannya.`,
  "s6b2dff166538b916": str`Penerbit: ${0}`,
  "s9819a4ef34637240": `Kunci rahasia:`,
  "sa81ec213e4f13f5a": `Tidak bisa memindai kode? Masukkan kuncinya`,
  "sb85774dc5d18ff0f": `Konfirmasi`,
  "se6c9e1118b05bb37": `Siapkan aplikasi autentikator`,
};
