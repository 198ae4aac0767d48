// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Fortsätt till Plex`,
  "s21fd7be5f79f1055": `Plex-fönstret blockerades. Tillåt popup-fönster för den här webbplatsen och försök igen.`,
  "s331f5866a34e7922": `Väntar på Plex… Slutför inloggningen i Plex-fönstret.`,
  "s36458ec76f717fa7": `Plex öppnas i ett nytt fönster.`,
  "s40517fa54c121238": `Inloggningen med Plex fungerade inte. Försök igen.`,
  "s575e795c45e2d97e": `Tillbaka`,
  "s58faf7ea0d932452": `Inloggningen med Plex tog för lång tid. Försök igen.`,
  "s5e5d2ccd05427119": `Plex-fönstret stängdes innan inloggningen var klar.`,
  "s671f57e33aaed116": `Logga in med Plex`,
};
