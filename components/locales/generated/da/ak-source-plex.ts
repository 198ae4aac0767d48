// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Fortsæt til Plex`,
  "s21fd7be5f79f1055": `Plex-vinduet blev blokeret. Tillad pop op-vinduer for dette websted, og prøv igen.`,
  "s331f5866a34e7922": `Venter på Plex… Fuldfør login i Plex-vinduet.`,
  "s36458ec76f717fa7": `Plex åbnes i et nyt vindue.`,
  "s40517fa54c121238": `Login med Plex virkede ikke. Prøv igen.`,
  "s575e795c45e2d97e": `Tilbage`,
  "s58faf7ea0d932452": `Login med Plex fik timeout. Prøv igen.`,
  "s5e5d2ccd05427119": `Plex-vinduet blev lukket, før login var fuldført.`,
  "s671f57e33aaed116": `Log ind med Plex`,
};
