// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Pobierz kody`,
  "s114e6e1944bc6a8f": `Kody są zapisane`,
  "s32725e8198d3f68d": `Kody skopiowano do schowka.`,
  "s598ec4089e18a612": `Nie udało się skopiować. Zaznacz kody i skopiuj je samodzielnie.`,
  "s7453257f57952a30": `Zapisz kody odzyskiwania`,
  "s8d5ac1c4ac7f5b64": `Kody odzyskiwania`,
  "sbe4bbc708c984a4c": `Kody zostały pobrane.`,
  "sd05ace09aea8e64b": `Przechowuj te kody w bezpiecznym miejscu. Każdy z nich pozwala zalogować się jeden raz, jeśli stracisz dostęp do innych metod.`,
  "sffa03d022d27e74e": `Kopiuj kody`,
};
