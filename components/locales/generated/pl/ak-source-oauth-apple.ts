// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Kontynuuj w oknie Apple.`,
  "s0ab3736c634bd765": `Logowanie przez Apple zostało anulowane lub się nie powiodło.`,
  "s575e795c45e2d97e": `Wróć`,
  "s74846f6239abeabc": `Nie udało się wczytać logowania przez Apple. Sprawdź połączenie i spróbuj ponownie.`,
  "s77c9437cd7bfee62": `Otwieranie logowania Apple…`,
  "s7d0f706e3cf4fa41": `Logowanie przez Apple…`,
};
