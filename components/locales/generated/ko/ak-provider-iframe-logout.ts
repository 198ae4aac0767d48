// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s2867562646df11e0": str`완료: ${0}/${1}`,
  "s3d48cd6d549e27f2": `로그아웃하는 중…`,
  "s4e60cb152f4659f8": `로그아웃 진행률`,
  "s5330b9b5c35d4ab0": str`${0}에서 로그아웃`,
  "s81b533a60f912e46": `애플리케이션에서 로그아웃하는 중`,
  "saca42b82fdad9e2d": `이름 없는 애플리케이션`,
  "sc6e3058525a77c14": str`${0}: 로그아웃하는 중…`,
  "sdd61ca3583d007c7": str`${0}: 로그아웃됨`,
  "sf3fa72617791f1f5": str`${0}: 응답 없음`,
};
