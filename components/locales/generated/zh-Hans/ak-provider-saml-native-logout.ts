// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `SAML 应用`,
  "sca83a1f9227f74b9": `SAML 退出已完成`,
  "scf256c45383195ab": `此退出操作试图将你转到不允许的地址。`,
  "se016e56a597abe3c": str`正在退出 ${0}…`,
};
