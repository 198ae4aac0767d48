// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Ikuti petunjuk browser atau kunci keamanan Anda.`,
  "s2c15b9b13a3e2a80": `Daftarkan`,
  "s942caaa174333901": `Gunakan kunci keamanan, kunci sandi, atau kunci layar perangkat ini. Browser Anda akan memandu.`,
  "scf2d3d1d72cccd95": `Daftarkan kunci keamanan atau kunci sandi`,
};
