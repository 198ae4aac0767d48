// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Nie udało się wczytać logowania przez Telegram. Sprawdź połączenie i spróbuj ponownie.`,
  "s575e795c45e2d97e": `Wróć`,
  "s76ea993fdc8503d8": `Kliknij przycisk poniżej, aby rozpocząć.`,
  "se5f0cc492e939608": `Logowanie przez Telegram`,
};
