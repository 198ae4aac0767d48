// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Memverifikasi perangkat Anda…`,
  "s275ffc38e52a89c3": `Memverifikasi perangkat Anda`,
  "s95094b57684716a5": `Gagal memvalidasi perangkat.`,
  "s9a44ca2fd1c27f4b": `Ini memerlukan agen authentik di perangkat ini. Tanpanya, Anda dapat melanjutkan tanpa verifikasi, tetapi proses masuk ini mungkin ditolak.`,
  "sfedb913e05b5392b": `Lanjutkan tanpa verifikasi`,
};
