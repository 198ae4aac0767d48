// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Wir haben Ihnen eine E-Mail mit einem Link gesendet. Öffnen Sie ihn, um fortzufahren; Sie können diese Seite schließen.`,
  "s14dffd4fb4d2ac09": `Die E-Mail wurde erneut gesendet.`,
  "s829c029ff2b2f5ce": `Sehen Sie in Ihrem Posteingang nach`,
  "s95fad300a7938b80": `E-Mail erneut senden`,
};
