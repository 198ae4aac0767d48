// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s455a8fc21077e7f9": `Votre appareil a bien été authentifié.`,
  "s7558b95144a48c64": `Appareil connecté`,
  "s7e8f9f9e657ed67e": `Vous pouvez maintenant fermer cet onglet et revenir à votre appareil.`,
};
