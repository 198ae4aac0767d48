// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Ti abbiamo inviato un'email con un link. Aprilo per continuare; puoi chiudere questa pagina.`,
  "s14dffd4fb4d2ac09": `L'email è stata inviata di nuovo.`,
  "s829c029ff2b2f5ce": `Controlla la posta in arrivo`,
  "s95fad300a7938b80": `Invia di nuovo l'email`,
};
