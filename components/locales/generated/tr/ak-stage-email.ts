// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Size bağlantı içeren bir e-posta gönderdik. Devam etmek için açın; bu sayfayı kapatabilirsiniz.`,
  "s14dffd4fb4d2ac09": `E-posta yeniden gönderildi.`,
  "s829c029ff2b2f5ce": `Gelen kutunuzu kontrol edin`,
  "s95fad300a7938b80": `E-postayı yeniden gönder`,
};
