// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Продовжте у вікні Apple.`,
  "s0ab3736c634bd765": `Вхід через Apple скасовано або він не вдався.`,
  "s575e795c45e2d97e": `Назад`,
  "s74846f6239abeabc": `Не вдалося завантажити вхід через Apple. Перевірте підключення й спробуйте ще раз.`,
  "s77c9437cd7bfee62": `Відкриваємо вхід через Apple…`,
  "s7d0f706e3cf4fa41": `Вхід через Apple…`,
};
