// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `A Telegram-bejelentkezés nem tölthető be. Ellenőrizze a kapcsolatot, és próbálja újra.`,
  "s575e795c45e2d97e": `Vissza`,
  "s76ea993fdc8503d8": `A kezdéshez kattintson az alábbi gombra.`,
  "se5f0cc492e939608": `Bejelentkezés Telegrammal`,
};
