// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `我們已將驗證碼寄到你的電子郵件地址。`,
  "s38887b94b3320533": `電子郵件地址`,
  "s393fa33e92e1b35c": `傳送驗證碼`,
  "s47944e1576765d27": `以電子郵件接收登入驗證碼`,
  "sb85774dc5d18ff0f": `確認`,
  "sc2f0b97850cdd990": `我們會將驗證碼寄到這個地址。`,
  "scdc5f94539896cac": str`我們已將驗證碼傳送至 ${0}。`,
};
