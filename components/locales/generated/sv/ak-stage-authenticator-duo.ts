// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Eller öppna den här aktiveringslänken på telefonen:`,
  "s4813d6c35eefb68c": `Den här aktiveringskoden är inte längre giltig. Börja om för att få en ny.`,
  "s4decfcf41abd7f1c": `Skanna koden med appen Duo Mobile för att aktivera telefonen.`,
  "s6f110f7fed7a2f77": `Kontrollera nu`,
  "s924e96f7db9ea701": `Väntar på aktivering…`,
  "s991eb34760cbd249": `Det gick inte att kontrollera aktiveringen. Försök igen.`,
  "sc2ec367e3108fe65": `QR-kod för aktivering av Duo`,
  "sec5f2bec990561f0": `Konfigurera Duo`,
  "sf60322177202a81e": `Din telefon är inte aktiverad än. Skanna koden och kontrollera sedan igen.`,
};
