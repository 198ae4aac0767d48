// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Fortsett til Plex`,
  "s21fd7be5f79f1055": `Plex-vinduet ble blokkert. Tillat popup-vinduer for dette nettstedet og prøv igjen.`,
  "s331f5866a34e7922": `Venter på Plex … Fullfør innloggingen i Plex-vinduet.`,
  "s36458ec76f717fa7": `Plex åpnes i et nytt vindu.`,
  "s40517fa54c121238": `Innlogging med Plex fungerte ikke. Prøv igjen.`,
  "s575e795c45e2d97e": `Tilbake`,
  "s58faf7ea0d932452": `Innlogging med Plex ble tidsavbrutt. Prøv igjen.`,
  "s5e5d2ccd05427119": `Plex-vinduet ble lukket før innloggingen var fullført.`,
  "s671f57e33aaed116": `Logg inn med Plex`,
};
