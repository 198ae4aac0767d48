// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `יש להזין את המפתח הזה באפליקציית האימות, ואז להזין את הקוד שהיא מציגה.`,
  "s02f936d07f478eb8": str`חשבון: ${0}`,
  "s14c14f1ba57a0b9b": `קוד QR לאפליקציית האימות`,
  "s2be2d2711a1d586d": `השרת לא שלח קוד הגדרה שמיש. יש לנסות שוב מאוחר יותר.`,
  "s504f4416a8304e79": `יש לסרוק את קוד ה־QR הזה באפליקציית האימות ולהזין את הקוד שהיא מציגה.`,
  "s6b2dff166538b916": str`מנפיק: ${0}`,
  "s9819a4ef34637240": `מפתח סודי:`,
  "sa81ec213e4f13f5a": `לא מצליחים לסרוק? אפשר להזין את המפתח במקום`,
  "sb85774dc5d18ff0f": `אישור`,
  "se6c9e1118b05bb37": `הגדרת אפליקציית אימות`,
};
