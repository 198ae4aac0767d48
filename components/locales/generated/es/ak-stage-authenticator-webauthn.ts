// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Sigue las instrucciones de tu navegador o de tu llave de seguridad.`,
  "s2c15b9b13a3e2a80": `Registrar`,
  "s942caaa174333901": `Usa una llave de seguridad, una llave de acceso o el bloqueo de pantalla de este dispositivo. Tu navegador te guiará.`,
  "scf2d3d1d72cccd95": `Registra una llave de seguridad o una llave de acceso`,
};
