// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Ou ouvrez ce lien d’activation sur votre téléphone :`,
  "s4813d6c35eefb68c": `Ce code d’activation n’est plus valide. Recommencez pour en obtenir un nouveau.`,
  "s4decfcf41abd7f1c": `Scannez ce code avec l’application Duo Mobile pour activer votre téléphone.`,
  "s6f110f7fed7a2f77": `Vérifier maintenant`,
  "s924e96f7db9ea701": `En attente de l’activation…`,
  "s991eb34760cbd249": `Impossible de vérifier l’activation. Veuillez réessayer.`,
  "sc2ec367e3108fe65": `Code QR d’activation Duo`,
  "sec5f2bec990561f0": `Configurer Duo`,
  "sf60322177202a81e": `Votre téléphone n’est pas encore activé. Scannez le code, puis vérifiez à nouveau.`,
};
