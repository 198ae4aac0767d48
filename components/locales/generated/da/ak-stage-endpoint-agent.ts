// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Bekræfter din enhed…`,
  "s275ffc38e52a89c3": `Bekræfter din enhed`,
  "s95094b57684716a5": `Enheden kunne ikke valideres.`,
  "s9a44ca2fd1c27f4b": `Dette kræver authentik-agenten på denne enhed. Uden den kan du fortsætte uden bekræftelse, men så kan dette login blive afvist.`,
  "sfedb913e05b5392b": `Fortsæt uden bekræftelse`,
};
