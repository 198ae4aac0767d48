// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Vérification de votre appareil…`,
  "s275ffc38e52a89c3": `Vérification de votre appareil`,
  "s95094b57684716a5": `Impossible de valider l’appareil.`,
  "s9a44ca2fd1c27f4b": `Cette étape nécessite l’agent authentik sur cet appareil. Sans lui, vous pouvez continuer sans vérification, mais cette connexion risque alors d’être refusée.`,
  "sfedb913e05b5392b": `Continuer sans vérification`,
};
