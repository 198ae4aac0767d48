// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Eller åpne denne aktiveringslenken på telefonen:`,
  "s4813d6c35eefb68c": `Denne aktiveringskoden er ikke lenger gyldig. Start på nytt for å få en ny.`,
  "s4decfcf41abd7f1c": `Skann koden med Duo Mobile-appen for å aktivere telefonen.`,
  "s6f110f7fed7a2f77": `Sjekk nå`,
  "s924e96f7db9ea701": `Venter på aktivering …`,
  "s991eb34760cbd249": `Kunne ikke sjekke aktiveringen. Prøv igjen.`,
  "sc2ec367e3108fe65": `QR-kode for aktivering av Duo`,
  "sec5f2bec990561f0": `Konfigurer Duo`,
  "sf60322177202a81e": `Telefonen din er ikke aktivert ennå. Skann koden, og sjekk igjen.`,
};
