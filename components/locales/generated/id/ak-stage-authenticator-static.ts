// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Unduh kode`,
  "s114e6e1944bc6a8f": `Saya sudah menyimpan kode`,
  "s32725e8198d3f68d": `Kode disalin ke papan klip.`,
  "s598ec4089e18a612": `Tidak dapat menyalin. Pilih kode, lalu salin sendiri.`,
  "s7453257f57952a30": `Simpan kode pemulihan Anda`,
  "s8d5ac1c4ac7f5b64": `Kode pemulihan`,
  "sbe4bbc708c984a4c": `Kode telah diunduh.`,
  "sd05ace09aea8e64b": `Simpan kode ini di tempat yang aman. Setiap kode dapat dipakai untuk masuk satu kali jika Anda kehilangan metode lainnya.`,
  "sffa03d022d27e74e": `Salin kode`,
};
