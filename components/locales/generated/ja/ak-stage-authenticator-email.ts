// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `メールアドレスにコードを送信しました。`,
  "s38887b94b3320533": `メールアドレス`,
  "s393fa33e92e1b35c": `コードを送信`,
  "s47944e1576765d27": `メールでのサインインコード`,
  "sb85774dc5d18ff0f": `確認`,
  "sc2f0b97850cdd990": `このアドレスにコードを送信します。`,
  "scdc5f94539896cac": str`${0} にコードを送信しました。`,
};
