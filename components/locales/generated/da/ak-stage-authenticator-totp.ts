// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Indtast denne nøgle i din godkendelsesapp, og indtast derefter den kode, den viser.`,
  "s02f936d07f478eb8": str`Konto: ${0}`,
  "s14c14f1ba57a0b9b": `QR-kode til din godkendelsesapp`,
  "s2be2d2711a1d586d": `Serveren sendte ingen brugbar konfigurationskode. Prøv igen senere.`,
  "s504f4416a8304e79": `Scan QR-koden med din godkendelsesapp, og indtast derefter den kode, den viser.`,
  "s6b2dff166538b916": str`Udsteder: ${0}`,
  "s9819a4ef34637240": `Hemmelig nøgle:`,
  "sa81ec213e4f13f5a": `Kan du ikke scanne koden? Indtast nøglen i stedet`,
  "sb85774dc5d18ff0f": `Bekræft`,
  "se6c9e1118b05bb37": `Konfigurer en godkendelsesapp`,
};
