// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Или откройте эту ссылку активации на телефоне:`,
  "s4813d6c35eefb68c": `Этот код активации больше не действителен. Начните заново, чтобы получить новый.`,
  "s4decfcf41abd7f1c": `Отсканируйте этот код в приложении Duo Mobile, чтобы активировать телефон.`,
  "s6f110f7fed7a2f77": `Проверить сейчас`,
  "s924e96f7db9ea701": `Ожидание активации…`,
  "s991eb34760cbd249": `Не удалось проверить активацию. Попробуйте ещё раз.`,
  "sc2ec367e3108fe65": `QR-код активации Duo`,
  "sec5f2bec990561f0": `Настройка Duo`,
  "sf60322177202a81e": `Ваш телефон ещё не активирован. Отсканируйте код и проверьте снова.`,
};
