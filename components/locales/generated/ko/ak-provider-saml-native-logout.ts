// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `SAML 애플리케이션`,
  "sca83a1f9227f74b9": `SAML 로그아웃 완료`,
  "scf256c45383195ab": `이 로그아웃이 허용되지 않은 주소로 이동시키려고 했습니다.`,
  "se016e56a597abe3c": str`${0}에서 로그아웃하는 중…`,
};
