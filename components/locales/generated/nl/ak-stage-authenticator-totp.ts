// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Voer deze sleutel in je authenticator-app in en voer daarna de code in die de app toont.`,
  "s02f936d07f478eb8": str`Account: ${0}`,
  "s14c14f1ba57a0b9b": `QR-code voor je authenticator-app`,
  "s2be2d2711a1d586d": `De server stuurde geen bruikbare instelcode. Probeer het later opnieuw.`,
  "s504f4416a8304e79": `Scan deze QR-code met je authenticator-app en voer daarna de code in die de app toont.`,
  "s6b2dff166538b916": str`Uitgever: ${0}`,
  "s9819a4ef34637240": `Geheime sleutel:`,
  "sa81ec213e4f13f5a": `Lukt scannen niet? Voer dan de sleutel in`,
  "sb85774dc5d18ff0f": `Bevestigen`,
  "se6c9e1118b05bb37": `Authenticator-app instellen`,
};
