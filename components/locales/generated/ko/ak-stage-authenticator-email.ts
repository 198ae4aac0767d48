// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `이메일 주소로 코드를 보냈습니다.`,
  "s38887b94b3320533": `이메일 주소`,
  "s393fa33e92e1b35c": `코드 보내기`,
  "s47944e1576765d27": `이메일 로그인 코드`,
  "sb85774dc5d18ff0f": `확인`,
  "sc2f0b97850cdd990": `이 주소로 코드를 보내 드립니다.`,
  "scdc5f94539896cac": str`${0}(으)로 코드를 보냈습니다.`,
};
