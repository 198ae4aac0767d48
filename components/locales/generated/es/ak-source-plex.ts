// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continuar a Plex`,
  "s21fd7be5f79f1055": `Se bloqueó la ventana de Plex. Permite las ventanas emergentes para este sitio y vuelve a intentarlo.`,
  "s331f5866a34e7922": `Esperando a Plex… Termina de iniciar sesión en la ventana de Plex.`,
  "s36458ec76f717fa7": `Plex se abre en una ventana nueva.`,
  "s40517fa54c121238": `No se pudo iniciar sesión con Plex. Vuelve a intentarlo.`,
  "s575e795c45e2d97e": `Volver`,
  "s58faf7ea0d932452": `Se agotó el tiempo para iniciar sesión con Plex. Vuelve a intentarlo.`,
  "s5e5d2ccd05427119": `La ventana de Plex se cerró antes de terminar el inicio de sesión.`,
  "s671f57e33aaed116": `Iniciar sesión con Plex`,
};
