// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `אפשר להמשיך בחלון של Apple.`,
  "s0ab3736c634bd765": `הכניסה באמצעות Apple בוטלה או לא הצליחה.`,
  "s575e795c45e2d97e": `חזרה`,
  "s74846f6239abeabc": `לא ניתן היה לטעון את הכניסה באמצעות Apple. יש לבדוק את החיבור ולנסות שוב.`,
  "s77c9437cd7bfee62": `הכניסה של Apple נפתחת…`,
  "s7d0f706e3cf4fa41": `מתבצעת כניסה באמצעות Apple…`,
};
