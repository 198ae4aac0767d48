// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `הורדת הקודים`,
  "s114e6e1944bc6a8f": `הקודים נשמרו`,
  "s32725e8198d3f68d": `הקודים הועתקו ללוח.`,
  "s598ec4089e18a612": `ההעתקה נכשלה. יש לבחור את הקודים ולהעתיק אותם ידנית.`,
  "s7453257f57952a30": `שמירת קודי השחזור`,
  "s8d5ac1c4ac7f5b64": `קודי שחזור`,
  "sbe4bbc708c984a4c": `הקודים הורדו.`,
  "sd05ace09aea8e64b": `כדאי לשמור את הקודים האלה במקום בטוח. כל קוד מאפשר כניסה אחת אם שיטות האימות האחרות אבדו.`,
  "sffa03d022d27e74e": `העתקת הקודים`,
};
