// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Kami telah mengirim email berisi tautan. Buka tautan itu untuk melanjutkan; Anda boleh menutup halaman ini.`,
  "s14dffd4fb4d2ac09": `Email telah dikirim ulang.`,
  "s829c029ff2b2f5ce": `Periksa kotak masuk Anda`,
  "s95fad300a7938b80": `Kirim ulang email`,
};
