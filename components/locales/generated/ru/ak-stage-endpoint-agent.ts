// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Проверка устройства…`,
  "s275ffc38e52a89c3": `Проверка устройства`,
  "s95094b57684716a5": `Не удалось проверить устройство.`,
  "s9a44ca2fd1c27f4b": `Для этого на устройстве нужен агент authentik. Без него можно продолжить без проверки, но тогда этот вход может быть отклонён.`,
  "sfedb913e05b5392b": `Продолжить без проверки`,
};
