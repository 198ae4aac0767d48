// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Tovább a Plexhez`,
  "s21fd7be5f79f1055": `A Plex-ablak le lett tiltva. Engedélyezze a felugró ablakokat ezen a webhelyen, és próbálja újra.`,
  "s331f5866a34e7922": `Várakozás a Plexre… Fejezze be a bejelentkezést a Plex-ablakban.`,
  "s36458ec76f717fa7": `A Plex új ablakban nyílik meg.`,
  "s40517fa54c121238": `A Plex-bejelentkezés nem sikerült. Próbálja újra.`,
  "s575e795c45e2d97e": `Vissza`,
  "s58faf7ea0d932452": `A Plex-bejelentkezés időtúllépés miatt megszakadt. Próbálja újra.`,
  "s5e5d2ccd05427119": `A Plex-ablakot bezárták, mielőtt a bejelentkezés befejeződött volna.`,
  "s671f57e33aaed116": `Bejelentkezés Plex-fiókkal`,
};
