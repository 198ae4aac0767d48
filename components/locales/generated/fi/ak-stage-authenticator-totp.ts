// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Syötä tämä avain todennussovellukseesi ja syötä sitten sovelluksen näyttämä koodi.`,
  "s02f936d07f478eb8": str`Tili: ${0}`,
  "s14c14f1ba57a0b9b": `QR-koodi todennussovellustasi varten`,
  "s2be2d2711a1d586d": `Palvelin ei lähettänyt käyttökelpoista käyttöönottokoodia. Yritä myöhemmin uudelleen.`,
  "s504f4416a8304e79": `Skannaa tämä QR-koodi todennussovelluksellasi ja syötä sitten sen näyttämä koodi.`,
  "s6b2dff166538b916": str`Myöntäjä: ${0}`,
  "s9819a4ef34637240": `Salainen avain:`,
  "sa81ec213e4f13f5a": `Etkö voi skannata koodia? Syötä avain`,
  "sb85774dc5d18ff0f": `Vahvista`,
  "se6c9e1118b05bb37": `Ota todennussovellus käyttöön`,
};
