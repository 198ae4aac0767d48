// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Atau buka tautan aktivasi ini di ponsel Anda:`,
  "s4813d6c35eefb68c": `Kode aktivasi ini sudah tidak berlaku. Mulai lagi untuk mendapatkan kode baru.`,
  "s4decfcf41abd7f1c": `Pindai kode ini dengan aplikasi Duo Mobile untuk mengaktifkan ponsel Anda.`,
  "s6f110f7fed7a2f77": `Periksa sekarang`,
  "s924e96f7db9ea701": `Menunggu aktivasi…`,
  "s991eb34760cbd249": `Aktivasi tidak dapat diperiksa. Silakan coba lagi.`,
  "sc2ec367e3108fe65": `Kode QR aktivasi Duo`,
  "sec5f2bec990561f0": `Siapkan Duo`,
  "sf60322177202a81e": `Ponsel Anda belum diaktifkan. Pindai kodenya, lalu periksa lagi.`,
};
