// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Kirim kode`,
  "s6b7e77d7072c373e": `Sertakan kode negara, misalnya +62 812 3456 7890.`,
  "s9f2d165631ec2a81": `Kode masuk lewat SMS`,
  "sb85774dc5d18ff0f": `Konfirmasi`,
  "sc0a0c87d5c556c38": `Nomor telepon`,
  "sd127b9ab8f9b931f": `Kami telah mengirim kode ke ponsel Anda.`,
};
