// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Postupujte podle pokynů prohlížeče nebo bezpečnostního klíče.`,
  "s2c15b9b13a3e2a80": `Zaregistrovat`,
  "s942caaa174333901": `Použijte bezpečnostní klíč, přístupový klíč nebo zámek obrazovky tohoto zařízení. Prohlížeč vás provede.`,
  "scf2d3d1d72cccd95": `Zaregistrujte bezpečnostní klíč nebo přístupový klíč`,
};
