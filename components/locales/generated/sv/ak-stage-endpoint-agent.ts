// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Verifierar din enhet…`,
  "s275ffc38e52a89c3": `Verifierar din enhet`,
  "s95094b57684716a5": `Det gick inte att validera enheten.`,
  "s9a44ca2fd1c27f4b": `Det här kräver authentik-agenten på den här enheten. Utan den kan du fortsätta utan verifiering, men inloggningen kan då nekas.`,
  "sfedb913e05b5392b": `Fortsätt utan verifiering`,
};
