// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Chúng tôi đã gửi mã đến địa chỉ email của bạn.`,
  "s38887b94b3320533": `Địa chỉ email`,
  "s393fa33e92e1b35c": `Gửi mã`,
  "s47944e1576765d27": `Mã đăng nhập qua email`,
  "sb85774dc5d18ff0f": `Xác nhận`,
  "sc2f0b97850cdd990": `Chúng tôi sẽ gửi mã đến địa chỉ này.`,
  "scdc5f94539896cac": str`Chúng tôi đã gửi mã đến ${0}.`,
};
