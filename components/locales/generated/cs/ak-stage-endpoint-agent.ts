// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Ověřuje se vaše zařízení…`,
  "s275ffc38e52a89c3": `Ověřuje se vaše zařízení`,
  "s95094b57684716a5": `Zařízení se nepodařilo ověřit.`,
  "s9a44ca2fd1c27f4b": `K tomu je na tomto zařízení potřeba agent authentik. Bez něj můžete pokračovat bez ověření, toto přihlášení však pak může být odmítnuto.`,
  "sfedb913e05b5392b": `Pokračovat bez ověření`,
};
