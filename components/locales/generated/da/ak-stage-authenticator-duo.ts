// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Eller åbn dette aktiveringslink på din telefon:`,
  "s4813d6c35eefb68c": `Denne aktiveringskode er ikke længere gyldig. Start forfra for at få en ny.`,
  "s4decfcf41abd7f1c": `Scan koden med appen Duo Mobile for at aktivere din telefon.`,
  "s6f110f7fed7a2f77": `Tjek nu`,
  "s924e96f7db9ea701": `Venter på aktivering…`,
  "s991eb34760cbd249": `Aktiveringen kunne ikke kontrolleres. Prøv igen.`,
  "sc2ec367e3108fe65": `QR-kode til aktivering af Duo`,
  "sec5f2bec990561f0": `Konfigurer Duo`,
  "sf60322177202a81e": `Din telefon er ikke aktiveret endnu. Scan koden, og tjek igen.`,
};
