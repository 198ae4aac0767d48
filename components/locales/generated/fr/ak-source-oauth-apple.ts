// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Continuez dans la fenêtre Apple.`,
  "s0ab3736c634bd765": `La connexion avec Apple a été annulée ou n’a pas fonctionné.`,
  "s575e795c45e2d97e": `Retour`,
  "s74846f6239abeabc": `Impossible de charger « Se connecter avec Apple ». Vérifiez votre connexion et réessayez.`,
  "s77c9437cd7bfee62": `Ouverture de la connexion Apple…`,
  "s7d0f706e3cf4fa41": `Connexion avec Apple…`,
};
