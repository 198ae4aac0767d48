// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Plex'e devam et`,
  "s21fd7be5f79f1055": `Plex penceresi engellendi. Bu site için açılır pencerelere izin verip tekrar deneyin.`,
  "s331f5866a34e7922": `Plex bekleniyor… Oturum açma işlemini Plex penceresinde tamamlayın.`,
  "s36458ec76f717fa7": `Plex yeni bir pencerede açılır.`,
  "s40517fa54c121238": `Plex ile oturum açılamadı. Lütfen tekrar deneyin.`,
  "s575e795c45e2d97e": `Geri dön`,
  "s58faf7ea0d932452": `Plex ile oturum açma zaman aşımına uğradı. Lütfen tekrar deneyin.`,
  "s5e5d2ccd05427119": `Plex penceresi oturum açma tamamlanmadan kapatıldı.`,
  "s671f57e33aaed116": `Plex ile oturum aç`,
};
