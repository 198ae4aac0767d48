// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `המכשיר שלך נבדק…`,
  "s275ffc38e52a89c3": `המכשיר שלך נבדק`,
  "s95094b57684716a5": `אימות המכשיר נכשל.`,
  "s9a44ca2fd1c27f4b": `לשם כך נדרש סוכן authentik במכשיר הזה. בלעדיו אפשר להמשיך בלי אימות, אבל ייתכן שהכניסה הזו תידחה.`,
  "sfedb913e05b5392b": `המשך בלי אימות`,
};
