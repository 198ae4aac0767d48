// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `我们已向你的电子邮箱发送验证码。`,
  "s38887b94b3320533": `电子邮件地址`,
  "s393fa33e92e1b35c": `发送验证码`,
  "s47944e1576765d27": `通过电子邮件接收登录验证码`,
  "sb85774dc5d18ff0f": `确认`,
  "sc2f0b97850cdd990": `我们会向此地址发送验证码。`,
  "scdc5f94539896cac": str`我们已将验证码发送至 ${0}。`,
};
