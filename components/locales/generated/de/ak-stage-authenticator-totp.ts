// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Geben Sie diesen Schlüssel in Ihrer Authenticator-App ein und dann den Code, den sie anzeigt.`,
  "s02f936d07f478eb8": str`Konto: ${0}`,
  "s14c14f1ba57a0b9b": `QR-Code für Ihre Authenticator-App`,
  "s2be2d2711a1d586d": `Der Server hat keinen verwendbaren Einrichtungscode gesendet. Versuchen Sie es später erneut.`,
  "s504f4416a8304e79": `Scannen Sie diesen QR-Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten Code ein.`,
  "s6b2dff166538b916": str`Aussteller: ${0}`,
  "s9819a4ef34637240": `Geheimer Schlüssel:`,
  "sa81ec213e4f13f5a": `Code lässt sich nicht scannen? Geben Sie stattdessen den Schlüssel ein`,
  "sb85774dc5d18ff0f": `Bestätigen`,
  "se6c9e1118b05bb37": `Authenticator-App einrichten`,
};
