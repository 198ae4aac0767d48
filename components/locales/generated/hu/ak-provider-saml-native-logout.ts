// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `SAML-alkalmazás`,
  "sca83a1f9227f74b9": `A SAML-kijelentkezés befejeződött`,
  "scf256c45383195ab": `Ez a kijelentkezés nem engedélyezett címre próbálta átirányítani.`,
  "se016e56a597abe3c": str`Kijelentkeztetés: ${0}…`,
};
