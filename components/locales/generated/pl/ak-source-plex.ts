// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Przejdź do Plex`,
  "s21fd7be5f79f1055": `Okno Plex zostało zablokowane. Zezwól na wyskakujące okienka dla tej witryny i spróbuj ponownie.`,
  "s331f5866a34e7922": `Oczekiwanie na Plex… Dokończ logowanie w oknie Plex.`,
  "s36458ec76f717fa7": `Plex otworzy się w nowym oknie.`,
  "s40517fa54c121238": `Logowanie przez Plex nie powiodło się. Spróbuj ponownie.`,
  "s575e795c45e2d97e": `Wróć`,
  "s58faf7ea0d932452": `Upłynął limit czasu logowania przez Plex. Spróbuj ponownie.`,
  "s5e5d2ccd05427119": `Okno Plex zostało zamknięte przed zakończeniem logowania.`,
  "s671f57e33aaed116": `Zaloguj się przez Plex`,
};
