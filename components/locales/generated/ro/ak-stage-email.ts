// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `V-am trimis un e-mail cu un link. Deschideți-l pentru a continua; puteți închide această pagină.`,
  "s14dffd4fb4d2ac09": `E-mailul a fost retrimis.`,
  "s829c029ff2b2f5ce": `Verificați căsuța de e-mail`,
  "s95fad300a7938b80": `Retrimite e-mailul`,
};
