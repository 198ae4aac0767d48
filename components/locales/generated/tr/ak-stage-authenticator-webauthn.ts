// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Tarayıcınızın veya güvenlik anahtarınızın talimatlarını izleyin.`,
  "s2c15b9b13a3e2a80": `Kaydet`,
  "s942caaa174333901": `Bir güvenlik anahtarı, geçiş anahtarı veya bu cihazın ekran kilidini kullanın. Tarayıcınız size yol gösterecek.`,
  "scf2d3d1d72cccd95": `Güvenlik anahtarı veya geçiş anahtarı kaydedin`,
};
