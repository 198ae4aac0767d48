// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Nous vous avons envoyé un e-mail contenant un lien. Ouvrez-le pour continuer ; vous pouvez fermer cette page.`,
  "s14dffd4fb4d2ac09": `L’e-mail a été renvoyé.`,
  "s829c029ff2b2f5ce": `Consultez votre boîte de réception`,
  "s95fad300a7938b80": `Renvoyer l’e-mail`,
};
