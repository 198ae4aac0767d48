// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s3cd84e82e83e35ad": `Zadejte svůj kód`,
  "s5cc0282089deab7c": `Připojit zařízení`,
  "sc1589121ae2f5f92": `Zadejte kód zobrazený na vašem zařízení.`,
  "sf94c7214dd721680": `Kód zařízení`,
};
