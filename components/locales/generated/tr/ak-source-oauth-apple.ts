// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Apple penceresinde devam edin.`,
  "s0ab3736c634bd765": `Apple ile oturum açma iptal edildi veya başarısız oldu.`,
  "s575e795c45e2d97e": `Geri dön`,
  "s74846f6239abeabc": `Apple ile oturum açma yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.`,
  "s77c9437cd7bfee62": `Apple oturum açma ekranı açılıyor…`,
  "s7d0f706e3cf4fa41": `Apple ile oturum açılıyor…`,
};
