// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Continúa en la ventana de Apple.`,
  "s0ab3736c634bd765": `El inicio de sesión con Apple se canceló o no funcionó.`,
  "s575e795c45e2d97e": `Volver`,
  "s74846f6239abeabc": `No se pudo cargar «Iniciar sesión con Apple». Comprueba tu conexión y vuelve a intentarlo.`,
  "s77c9437cd7bfee62": `Abriendo el inicio de sesión de Apple…`,
  "s7d0f706e3cf4fa41": `Iniciando sesión con Apple…`,
};
