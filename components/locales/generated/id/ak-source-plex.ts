// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Lanjutkan ke Plex`,
  "s21fd7be5f79f1055": `Jendela Plex diblokir. Izinkan pop-up untuk situs ini, lalu coba lagi.`,
  "s331f5866a34e7922": `Menunggu Plex… Selesaikan proses masuk di jendela Plex.`,
  "s36458ec76f717fa7": `Plex akan terbuka di jendela baru.`,
  "s40517fa54c121238": `Masuk dengan Plex tidak berhasil. Silakan coba lagi.`,
  "s575e795c45e2d97e": `Kembali`,
  "s58faf7ea0d932452": `Waktu masuk dengan Plex habis. Silakan coba lagi.`,
  "s5e5d2ccd05427119": `Jendela Plex ditutup sebelum proses masuk selesai.`,
  "s671f57e33aaed116": `Masuk dengan Plex`,
};
