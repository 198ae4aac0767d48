// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `أرسلنا رمزًا إلى بريدك الإلكتروني.`,
  "s38887b94b3320533": `عنوان البريد الإلكتروني`,
  "s393fa33e92e1b35c": `إرسال الرمز`,
  "s47944e1576765d27": `رموز تسجيل الدخول عبر البريد الإلكتروني`,
  "sb85774dc5d18ff0f": `تأكيد`,
  "sc2f0b97850cdd990": `سنرسل رمزًا إلى هذا العنوان.`,
  "scdc5f94539896cac": str`أرسلنا رمزًا إلى ${0}.`,
};
