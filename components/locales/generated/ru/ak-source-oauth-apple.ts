// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Продолжите в окне Apple.`,
  "s0ab3736c634bd765": `Вход через Apple отменён или не удался.`,
  "s575e795c45e2d97e": `Назад`,
  "s74846f6239abeabc": `Не удалось загрузить вход через Apple. Проверьте подключение и попробуйте ещё раз.`,
  "s77c9437cd7bfee62": `Открываем вход через Apple…`,
  "s7d0f706e3cf4fa41": `Вход через Apple…`,
};
