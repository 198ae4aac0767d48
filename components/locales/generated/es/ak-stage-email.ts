// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Te hemos enviado un correo con un enlace. Ábrelo para continuar; puedes cerrar esta página.`,
  "s14dffd4fb4d2ac09": `Se ha reenviado el correo.`,
  "s829c029ff2b2f5ce": `Revisa tu bandeja de entrada`,
  "s95fad300a7938b80": `Reenviar el correo`,
};
