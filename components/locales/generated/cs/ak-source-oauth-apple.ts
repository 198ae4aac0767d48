// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Pokračujte v okně Apple.`,
  "s0ab3736c634bd765": `Přihlášení přes Apple bylo zrušeno nebo nefungovalo.`,
  "s575e795c45e2d97e": `Zpět`,
  "s74846f6239abeabc": `Přihlášení přes Apple se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.`,
  "s77c9437cd7bfee62": `Otevírá se přihlášení Apple…`,
  "s7d0f706e3cf4fa41": `Přihlašuje se přes Apple…`,
};
