// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Перейти до Plex`,
  "s21fd7be5f79f1055": `Вікно Plex заблоковано. Дозвольте спливні вікна для цього сайту й спробуйте ще раз.`,
  "s331f5866a34e7922": `Очікування Plex… Завершіть вхід у вікні Plex.`,
  "s36458ec76f717fa7": `Plex відкриється в новому вікні.`,
  "s40517fa54c121238": `Не вдалося ввійти через Plex. Спробуйте ще раз.`,
  "s575e795c45e2d97e": `Назад`,
  "s58faf7ea0d932452": `Час входу через Plex минув. Спробуйте ще раз.`,
  "s5e5d2ccd05427119": `Вікно Plex закрито до завершення входу.`,
  "s671f57e33aaed116": `Увійти через Plex`,
};
