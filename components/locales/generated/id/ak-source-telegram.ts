// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Login Telegram tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.`,
  "s575e795c45e2d97e": `Kembali`,
  "s76ea993fdc8503d8": `Klik tombol di bawah untuk memulai.`,
  "se5f0cc492e939608": `Masuk dengan Telegram`,
};
