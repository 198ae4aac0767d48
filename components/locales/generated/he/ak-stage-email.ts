// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `שלחנו לך הודעת דוא״ל עם קישור. יש לפתוח אותו כדי להמשיך; אפשר לסגור את הדף הזה.`,
  "s14dffd4fb4d2ac09": `ההודעה נשלחה שוב.`,
  "s829c029ff2b2f5ce": `כדאי לבדוק את תיבת הדואר`,
  "s95fad300a7938b80": `שליחת ההודעה שוב`,
};
