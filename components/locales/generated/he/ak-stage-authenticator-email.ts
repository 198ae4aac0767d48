// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `שלחנו קוד לכתובת הדוא״ל שלך.`,
  "s38887b94b3320533": `כתובת דוא״ל`,
  "s393fa33e92e1b35c": `שליחת קוד`,
  "s47944e1576765d27": `קודי כניסה בדוא״ל`,
  "sb85774dc5d18ff0f": `אישור`,
  "sc2f0b97850cdd990": `נשלח קוד לכתובת הזו.`,
  "scdc5f94539896cac": str`שלחנו קוד אל ${0}.`,
};
