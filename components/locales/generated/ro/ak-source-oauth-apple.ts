// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Continuați în fereastra Apple.`,
  "s0ab3736c634bd765": `Autentificarea cu Apple a fost anulată sau nu a funcționat.`,
  "s575e795c45e2d97e": `Înapoi`,
  "s74846f6239abeabc": `Autentificarea cu Apple nu a putut fi încărcată. Verificați conexiunea și încercați din nou.`,
  "s77c9437cd7bfee62": `Se deschide autentificarea Apple…`,
  "s7d0f706e3cf4fa41": `Se face autentificarea cu Apple…`,
};
