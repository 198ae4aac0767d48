// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Pokračovat na Plex`,
  "s21fd7be5f79f1055": `Okno Plex bylo zablokováno. Povolte pro tento web vyskakovací okna a zkuste to znovu.`,
  "s331f5866a34e7922": `Čeká se na Plex… Dokončete přihlášení v okně Plex.`,
  "s36458ec76f717fa7": `Plex se otevře v novém okně.`,
  "s40517fa54c121238": `Přihlášení přes Plex nefungovalo. Zkuste to prosím znovu.`,
  "s575e795c45e2d97e": `Zpět`,
  "s58faf7ea0d932452": `Časový limit přihlášení přes Plex vypršel. Zkuste to prosím znovu.`,
  "s5e5d2ccd05427119": `Okno Plex bylo zavřeno před dokončením přihlášení.`,
  "s671f57e33aaed116": `Přihlásit se přes Plex`,
};
