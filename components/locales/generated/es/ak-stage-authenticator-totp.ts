// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Introduce esta clave en tu aplicación de autenticación y, después, escribe el código que muestra.`,
  "s02f936d07f478eb8": str`Cuenta: ${0}`,
  "s14c14f1ba57a0b9b": `Código QR para tu aplicación de autenticación`,
  "s2be2d2711a1d586d": `El servidor no envió un código de configuración válido. Inténtalo más tarde.`,
  "s504f4416a8304e79": `Escanea este código QR con tu aplicación de autenticación y escribe el código que muestre.`,
  "s6b2dff166538b916": str`Emisor: ${0}`,
  "s9819a4ef34637240": `Clave secreta:`,
  "sa81ec213e4f13f5a": `¿No puedes escanear el código? Escribe la clave`,
  "sb85774dc5d18ff0f": `Confirmar`,
  "se6c9e1118b05bb37": `Configura una aplicación de autenticación`,
};
