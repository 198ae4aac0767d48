// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Або відкрийте це посилання для активації на телефоні:`,
  "s4813d6c35eefb68c": `Цей код активації більше не дійсний. Почніть спочатку, щоб отримати новий.`,
  "s4decfcf41abd7f1c": `Відскануйте цей код у застосунку Duo Mobile, щоб активувати телефон.`,
  "s6f110f7fed7a2f77": `Перевірити зараз`,
  "s924e96f7db9ea701": `Очікування активації…`,
  "s991eb34760cbd249": `Не вдалося перевірити активацію. Спробуйте ще раз.`,
  "sc2ec367e3108fe65": `QR-код активації Duo`,
  "sec5f2bec990561f0": `Налаштування Duo`,
  "sf60322177202a81e": `Ваш телефон ще не активовано. Відскануйте код і перевірте знову.`,
};
