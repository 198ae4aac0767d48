// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `請依照瀏覽器或安全金鑰的指示操作。`,
  "s2c15b9b13a3e2a80": `註冊`,
  "s942caaa174333901": `使用安全金鑰、通行金鑰或此裝置的螢幕鎖定。瀏覽器會引導你完成操作。`,
  "scf2d3d1d72cccd95": `註冊安全金鑰或通行金鑰`,
};
