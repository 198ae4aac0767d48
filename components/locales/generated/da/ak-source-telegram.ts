// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Telegram-login kunne ikke indlæses. Tjek din forbindelse, og prøv igen.`,
  "s575e795c45e2d97e": `Tilbage`,
  "s76ea993fdc8503d8": `Klik på knappen nedenfor for at starte.`,
  "se5f0cc492e939608": `Logger ind med Telegram`,
};
