// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `کدی به نشانی ایمیل شما فرستادیم.`,
  "s38887b94b3320533": `نشانی ایمیل`,
  "s393fa33e92e1b35c": `ارسال کد`,
  "s47944e1576765d27": `کدهای ورود از طریق ایمیل`,
  "sb85774dc5d18ff0f": `تأیید`,
  "sc2f0b97850cdd990": `کدی به این نشانی می‌فرستیم.`,
  "scdc5f94539896cac": str`کدی به ${0} فرستادیم.`,
};
