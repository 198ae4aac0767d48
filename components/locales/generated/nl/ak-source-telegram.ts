// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `De Telegram-login kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.`,
  "s575e795c45e2d97e": `Terug`,
  "s76ea993fdc8503d8": `Klik op de knop hieronder om te beginnen.`,
  "se5f0cc492e939608": `Inloggen met Telegram`,
};
