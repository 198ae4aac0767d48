// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Telegram-innloggingen kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.`,
  "s575e795c45e2d97e": `Tilbake`,
  "s76ea993fdc8503d8": `Klikk på knappen nedenfor for å starte.`,
  "se5f0cc492e939608": `Logger inn med Telegram`,
};
