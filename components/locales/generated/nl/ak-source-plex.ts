// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Doorgaan naar Plex`,
  "s21fd7be5f79f1055": `Het Plex-venster is geblokkeerd. Sta pop-ups toe voor deze site en probeer het opnieuw.`,
  "s331f5866a34e7922": `Wachten op Plex… Rond het inloggen af in het Plex-venster.`,
  "s36458ec76f717fa7": `Plex opent in een nieuw venster.`,
  "s40517fa54c121238": `Inloggen met Plex is mislukt. Probeer het opnieuw.`,
  "s575e795c45e2d97e": `Terug`,
  "s58faf7ea0d932452": `Inloggen met Plex duurde te lang. Probeer het opnieuw.`,
  "s5e5d2ccd05427119": `Het Plex-venster is gesloten voordat het inloggen klaar was.`,
  "s671f57e33aaed116": `Inloggen met Plex`,
};
