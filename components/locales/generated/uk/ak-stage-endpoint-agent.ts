// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Перевірка пристрою…`,
  "s275ffc38e52a89c3": `Перевірка пристрою`,
  "s95094b57684716a5": `Не вдалося перевірити пристрій.`,
  "s9a44ca2fd1c27f4b": `Для цього на пристрої потрібен агент authentik. Без нього можна продовжити без перевірки, але тоді цей вхід може бути відхилено.`,
  "sfedb913e05b5392b": `Продовжити без перевірки`,
};
