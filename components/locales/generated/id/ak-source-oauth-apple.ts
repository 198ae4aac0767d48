// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Lanjutkan di jendela Apple.`,
  "s0ab3736c634bd765": `Masuk dengan Apple dibatalkan atau tidak berhasil.`,
  "s575e795c45e2d97e": `Kembali`,
  "s74846f6239abeabc": `Masuk dengan Apple tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.`,
  "s77c9437cd7bfee62": `Membuka proses masuk Apple…`,
  "s7d0f706e3cf4fa41": `Masuk dengan Apple…`,
};
