// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Jatka Plexiin`,
  "s21fd7be5f79f1055": `Plex-ikkuna estettiin. Salli ponnahdusikkunat tälle sivustolle ja yritä uudelleen.`,
  "s331f5866a34e7922": `Odotetaan Plexiä… Viimeistele kirjautuminen Plex-ikkunassa.`,
  "s36458ec76f717fa7": `Plex avautuu uuteen ikkunaan.`,
  "s40517fa54c121238": `Kirjautuminen Plexillä ei onnistunut. Yritä uudelleen.`,
  "s575e795c45e2d97e": `Takaisin`,
  "s58faf7ea0d932452": `Kirjautuminen Plexillä aikakatkaistiin. Yritä uudelleen.`,
  "s5e5d2ccd05427119": `Plex-ikkuna suljettiin ennen kuin kirjautuminen oli valmis.`,
  "s671f57e33aaed116": `Kirjaudu Plexillä`,
};
