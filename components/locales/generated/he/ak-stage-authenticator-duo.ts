// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `או לפתוח בטלפון את קישור ההפעלה הזה:`,
  "s4813d6c35eefb68c": `קוד ההפעלה הזה כבר אינו תקף. התחילו מחדש כדי לקבל קוד חדש.`,
  "s4decfcf41abd7f1c": `יש לסרוק את הקוד באפליקציית Duo Mobile כדי להפעיל את הטלפון.`,
  "s6f110f7fed7a2f77": `לבדוק עכשיו`,
  "s924e96f7db9ea701": `ממתינים להפעלה…`,
  "s991eb34760cbd249": `לא ניתן היה לבדוק את ההפעלה. נסו שוב.`,
  "sc2ec367e3108fe65": `קוד QR להפעלת Duo`,
  "sec5f2bec990561f0": `הגדרת Duo`,
  "sf60322177202a81e": `הטלפון שלך עדיין לא הופעל. סרקו את הקוד ובדקו שוב.`,
};
