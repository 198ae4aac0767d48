// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Перейти в Plex`,
  "s21fd7be5f79f1055": `Окно Plex заблокировано. Разрешите всплывающие окна для этого сайта и попробуйте ещё раз.`,
  "s331f5866a34e7922": `Ожидание Plex… Завершите вход в окне Plex.`,
  "s36458ec76f717fa7": `Plex откроется в новом окне.`,
  "s40517fa54c121238": `Не удалось войти через Plex. Попробуйте ещё раз.`,
  "s575e795c45e2d97e": `Назад`,
  "s58faf7ea0d932452": `Время входа через Plex истекло. Попробуйте ещё раз.`,
  "s5e5d2ccd05427119": `Окно Plex закрыто до завершения входа.`,
  "s671f57e33aaed116": `Войти через Plex`,
};
