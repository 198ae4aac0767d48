// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Saisissez cette clé dans votre application d’authentification, puis saisissez le code qu’elle affiche.`,
  "s02f936d07f478eb8": str`Compte : ${0}`,
  "s14c14f1ba57a0b9b": `Code QR pour votre application d’authentification`,
  "s2be2d2711a1d586d": `Le serveur n’a envoyé aucun code de configuration utilisable. Réessayez plus tard.`,
  "s504f4416a8304e79": `Scannez ce code QR avec votre application d’authentification, puis saisissez le code affiché.`,
  "s6b2dff166538b916": str`Émetteur : ${0}`,
  "s9819a4ef34637240": `Clé secrète :`,
  "sa81ec213e4f13f5a": `Impossible de scanner le code ? Saisissez plutôt la clé`,
  "sb85774dc5d18ff0f": `Confirmer`,
  "se6c9e1118b05bb37": `Configurer une application d’authentification`,
};
