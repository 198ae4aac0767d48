// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s2867562646df11e0": str`הושלמו: ${0} מתוך ${1}`,
  "s3d48cd6d549e27f2": `מתבצעת יציאה…`,
  "s4e60cb152f4659f8": `התקדמות היציאה`,
  "s5330b9b5c35d4ab0": str`יציאה מ־${0}`,
  "s81b533a60f912e46": `מתבצעת יציאה מהאפליקציות שלך`,
  "saca42b82fdad9e2d": `אפליקציה ללא שם`,
  "sc6e3058525a77c14": str`${0}: מתבצעת יציאה…`,
  "sdd61ca3583d007c7": str`${0}: היציאה הושלמה`,
  "sf3fa72617791f1f5": str`${0}: לא הגיבה`,
};
