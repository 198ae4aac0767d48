// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Vagy nyissa meg ezt az aktiváló hivatkozást a telefonján:`,
  "s4813d6c35eefb68c": `Ez az aktiválási kód már nem érvényes. Kezdje újra, hogy újat kapjon.`,
  "s4decfcf41abd7f1c": `Olvassa be ezt a kódot a Duo Mobile alkalmazással a telefon aktiválásához.`,
  "s6f110f7fed7a2f77": `Ellenőrzés most`,
  "s924e96f7db9ea701": `Várakozás az aktiválásra…`,
  "s991eb34760cbd249": `Az aktiválást nem sikerült ellenőrizni. Próbálja újra.`,
  "sc2ec367e3108fe65": `QR-kód a Duo aktiválásához`,
  "sec5f2bec990561f0": `A Duo beállítása`,
  "sf60322177202a81e": `A telefonja még nincs aktiválva. Olvassa be a kódot, majd ellenőrizze újra.`,
};
