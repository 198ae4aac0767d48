// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `לא ניתן היה לטעון את הכניסה באמצעות Telegram. יש לבדוק את החיבור ולנסות שוב.`,
  "s575e795c45e2d97e": `חזרה`,
  "s76ea993fdc8503d8": `כדי להתחיל יש ללחוץ על הכפתור שלמטה.`,
  "se5f0cc492e939608": `כניסה באמצעות Telegram`,
};
