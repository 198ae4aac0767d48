// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Postępuj zgodnie z instrukcjami przeglądarki lub klucza bezpieczeństwa.`,
  "s2c15b9b13a3e2a80": `Zarejestruj`,
  "s942caaa174333901": `Użyj klucza bezpieczeństwa, klucza dostępu lub blokady ekranu tego urządzenia. Przeglądarka przeprowadzi Cię przez kolejne kroki.`,
  "scf2d3d1d72cccd95": `Zarejestruj klucz bezpieczeństwa lub klucz dostępu`,
};
