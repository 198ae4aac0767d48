// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Introduceți această cheie în aplicația de autentificare, apoi introduceți codul afișat de aceasta.`,
  "s02f936d07f478eb8": str`Cont: ${0}`,
  "s14c14f1ba57a0b9b": `Cod QR pentru aplicația de autentificare`,
  "s2be2d2711a1d586d": `Serverul nu a trimis un cod de configurare utilizabil. Încercați din nou mai târziu.`,
  "s504f4416a8304e79": `Scanați acest cod QR cu aplicația de autentificare, apoi introduceți codul afișat.`,
  "s6b2dff166538b916": str`Emitent: ${0}`,
  "s9819a4ef34637240": `Cheie secretă:`,
  "sa81ec213e4f13f5a": `Nu puteți scana codul? Introduceți cheia`,
  "sb85774dc5d18ff0f": `Confirmă`,
  "se6c9e1118b05bb37": `Configurați o aplicație de autentificare`,
};
