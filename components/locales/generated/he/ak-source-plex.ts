// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `המשך אל Plex`,
  "s21fd7be5f79f1055": `החלון של Plex נחסם. יש לאפשר חלונות קופצים לאתר הזה ולנסות שוב.`,
  "s331f5866a34e7922": `ממתינים ל־Plex… יש לסיים את הכניסה בחלון של Plex.`,
  "s36458ec76f717fa7": `Plex נפתח בחלון חדש.`,
  "s40517fa54c121238": `הכניסה באמצעות Plex לא הצליחה. יש לנסות שוב.`,
  "s575e795c45e2d97e": `חזרה`,
  "s58faf7ea0d932452": `הזמן לכניסה באמצעות Plex הסתיים. יש לנסות שוב.`,
  "s5e5d2ccd05427119": `החלון של Plex נסגר לפני שהכניסה הסתיימה.`,
  "s671f57e33aaed116": `כניסה באמצעות Plex`,
};
