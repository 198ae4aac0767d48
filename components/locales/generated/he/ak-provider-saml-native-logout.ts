// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `אפליקציית ה־SAML`,
  "sca83a1f9227f74b9": `היציאה דרך SAML הושלמה`,
  "scf256c45383195ab": `היציאה הזו ניסתה להפנות אותך לכתובת שאינה מורשית.`,
  "se016e56a597abe3c": str`מתבצעת יציאה מ־${0}…`,
};
