// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Autentificarea Telegram nu a putut fi încărcată. Verificați conexiunea și încercați din nou.`,
  "s575e795c45e2d97e": `Înapoi`,
  "s76ea993fdc8503d8": `Faceți clic pe butonul de mai jos pentru a începe.`,
  "se5f0cc492e939608": `Autentificare cu Telegram`,
};
