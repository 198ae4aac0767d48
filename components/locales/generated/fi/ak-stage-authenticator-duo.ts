// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Tai avaa tämä aktivointilinkki puhelimellasi:`,
  "s4813d6c35eefb68c": `Tämä aktivointikoodi ei ole enää voimassa. Aloita alusta saadaksesi uuden.`,
  "s4decfcf41abd7f1c": `Skannaa tämä koodi Duo Mobile -sovelluksella aktivoidaksesi puhelimesi.`,
  "s6f110f7fed7a2f77": `Tarkista nyt`,
  "s924e96f7db9ea701": `Odotetaan aktivointia…`,
  "s991eb34760cbd249": `Aktivointia ei voitu tarkistaa. Yritä uudelleen.`,
  "sc2ec367e3108fe65": `Duon aktivointikoodi (QR)`,
  "sec5f2bec990561f0": `Ota Duo käyttöön`,
  "sf60322177202a81e": `Puhelintasi ei ole vielä aktivoitu. Skannaa koodi ja tarkista sitten uudelleen.`,
};
