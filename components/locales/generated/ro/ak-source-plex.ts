// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continuați la Plex`,
  "s21fd7be5f79f1055": `Fereastra Plex a fost blocată. Permiteți ferestrele pop-up pentru acest site și încercați din nou.`,
  "s331f5866a34e7922": `Se așteaptă Plex… Finalizați autentificarea în fereastra Plex.`,
  "s36458ec76f717fa7": `Plex se deschide într-o fereastră nouă.`,
  "s40517fa54c121238": `Autentificarea cu Plex nu a funcționat. Încercați din nou.`,
  "s575e795c45e2d97e": `Înapoi`,
  "s58faf7ea0d932452": `Timpul pentru autentificarea cu Plex a expirat. Încercați din nou.`,
  "s5e5d2ccd05427119": `Fereastra Plex a fost închisă înainte de finalizarea autentificării.`,
  "s671f57e33aaed116": `Autentificare cu Plex`,
};
