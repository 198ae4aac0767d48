// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continuer vers Plex`,
  "s21fd7be5f79f1055": `La fenêtre Plex a été bloquée. Autorisez les fenêtres pop-up pour ce site et réessayez.`,
  "s331f5866a34e7922": `En attente de Plex… Terminez la connexion dans la fenêtre Plex.`,
  "s36458ec76f717fa7": `Plex s’ouvre dans une nouvelle fenêtre.`,
  "s40517fa54c121238": `La connexion avec Plex n’a pas fonctionné. Veuillez réessayer.`,
  "s575e795c45e2d97e": `Retour`,
  "s58faf7ea0d932452": `La connexion avec Plex a expiré. Veuillez réessayer.`,
  "s5e5d2ccd05427119": `La fenêtre Plex a été fermée avant la fin de la connexion.`,
  "s671f57e33aaed116": `Se connecter avec Plex`,
};
