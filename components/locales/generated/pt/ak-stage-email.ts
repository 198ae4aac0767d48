// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Enviámos-lhe um e-mail com uma ligação. Abra-a para continuar; pode fechar esta página.`,
  "s14dffd4fb4d2ac09": `O e-mail foi reenviado.`,
  "s829c029ff2b2f5ce": `Verifique a sua caixa de entrada`,
  "s95fad300a7938b80": `Reenviar o e-mail`,
};
