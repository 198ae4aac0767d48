// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Írja be ezt a kulcsot a hitelesítő alkalmazásba, majd írja be az általa megjelenített kódot.`,
  "s02f936d07f478eb8": str`Fiók: ${0}`,
  "s14c14f1ba57a0b9b": `QR-kód a hitelesítő alkalmazáshoz`,
  "s2be2d2711a1d586d": `A szerver nem küldött használható beállítási kódot. Próbálja újra később.`,
  "s504f4416a8304e79": `Olvassa be ezt a QR-kódot a hitelesítő alkalmazással, majd írja be a megjelenő kódot.`,
  "s6b2dff166538b916": str`Kibocsátó: ${0}`,
  "s9819a4ef34637240": `Titkos kulcs:`,
  "sa81ec213e4f13f5a": `Nem sikerül beolvasni? Írja be inkább a kulcsot`,
  "sb85774dc5d18ff0f": `Megerősítés`,
  "se6c9e1118b05bb37": `Hitelesítő alkalmazás beállítása`,
};
