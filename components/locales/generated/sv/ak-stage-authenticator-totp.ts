// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Ange den här nyckeln i din autentiseringsapp och ange sedan koden som den visar.`,
  "s02f936d07f478eb8": str`Konto: ${0}`,
  "s14c14f1ba57a0b9b": `QR-kod för din autentiseringsapp`,
  "s2be2d2711a1d586d": `Servern skickade ingen användbar konfigurationskod. Försök igen senare.`,
  "s504f4416a8304e79": `Skanna QR-koden med din autentiseringsapp och ange sedan koden som visas.`,
  "s6b2dff166538b916": str`Utfärdare: ${0}`,
  "s9819a4ef34637240": `Hemlig nyckel:`,
  "sa81ec213e4f13f5a": `Går det inte att skanna? Ange nyckeln i stället`,
  "sb85774dc5d18ff0f": `Bekräfta`,
  "se6c9e1118b05bb37": `Konfigurera en autentiseringsapp`,
};
