// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Skriv inn denne nøkkelen i autentiseringsappen, og skriv deretter inn koden den viser.`,
  "s02f936d07f478eb8": str`Konto: ${0}`,
  "s14c14f1ba57a0b9b": `QR-kode for autentiseringsappen`,
  "s2be2d2711a1d586d": `Serveren sendte ingen brukbar konfigurasjonskode. Prøv igjen senere.`,
  "s504f4416a8304e79": `Skann QR-koden med autentiseringsappen og skriv inn koden den viser.`,
  "s6b2dff166538b916": str`Utsteder: ${0}`,
  "s9819a4ef34637240": `Hemmelig nøkkel:`,
  "sa81ec213e4f13f5a": `Får du ikke skannet koden? Skriv inn nøkkelen i stedet`,
  "sb85774dc5d18ff0f": `Bekreft`,
  "se6c9e1118b05bb37": `Konfigurer en autentiseringsapp`,
};
