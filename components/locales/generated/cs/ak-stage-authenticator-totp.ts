// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Zadejte tento klíč do ověřovací aplikace a potom zadejte kód, který zobrazí.`,
  "s02f936d07f478eb8": str`Účet: ${0}`,
  "s14c14f1ba57a0b9b": `QR kód pro ověřovací aplikaci`,
  "s2be2d2711a1d586d": `Server neposlal použitelný kód pro nastavení. Zkuste to později.`,
  "s504f4416a8304e79": `Naskenujte tento QR kód ověřovací aplikací a zadejte kód, který zobrazí.`,
  "s6b2dff166538b916": str`Vydavatel: ${0}`,
  "s9819a4ef34637240": `Tajný klíč:`,
  "sa81ec213e4f13f5a": `Nejde kód naskenovat? Zadejte místo něj klíč`,
  "sb85774dc5d18ff0f": `Potvrdit`,
  "se6c9e1118b05bb37": `Nastavte ověřovací aplikaci`,
};
