// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `O abre este enlace de activación en tu teléfono:`,
  "s4813d6c35eefb68c": `Este código de activación ya no es válido. Vuelve a empezar para obtener uno nuevo.`,
  "s4decfcf41abd7f1c": `Escanea este código con la aplicación Duo Mobile para activar tu teléfono.`,
  "s6f110f7fed7a2f77": `Comprobar ahora`,
  "s924e96f7db9ea701": `Esperando la activación…`,
  "s991eb34760cbd249": `No se pudo comprobar la activación. Inténtalo de nuevo.`,
  "sc2ec367e3108fe65": `Código QR de activación de Duo`,
  "sec5f2bec990561f0": `Configurar Duo`,
  "sf60322177202a81e": `Tu teléfono aún no está activado. Escanea el código y vuelve a comprobarlo.`,
};
