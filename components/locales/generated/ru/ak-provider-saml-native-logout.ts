// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `приложения SAML`,
  "sca83a1f9227f74b9": `Выход через SAML выполнен`,
  "scf256c45383195ab": `Этот выход пытался перенаправить вас на недопустимый адрес.`,
  "se016e56a597abe3c": str`Выполняется выход из ${0}…`,
};
