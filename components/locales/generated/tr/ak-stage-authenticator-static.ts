// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Kodları indir`,
  "s114e6e1944bc6a8f": `Kodlarımı kaydettim`,
  "s32725e8198d3f68d": `Kodlar panoya kopyalandı.`,
  "s598ec4089e18a612": `Kopyalanamadı. Kodları seçip kendiniz kopyalayın.`,
  "s7453257f57952a30": `Kurtarma kodlarınızı kaydedin`,
  "s8d5ac1c4ac7f5b64": `Kurtarma kodları`,
  "sbe4bbc708c984a4c": `Kodlar indirildi.`,
  "sd05ace09aea8e64b": `Bu kodları güvenli bir yerde saklayın. Diğer yöntemlerinizi kaybederseniz her biriyle bir kez oturum açabilirsiniz.`,
  "sffa03d022d27e74e": `Kodları kopyala`,
};
