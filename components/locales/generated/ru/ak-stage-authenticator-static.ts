// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Скачать коды`,
  "s114e6e1944bc6a8f": `Коды сохранены`,
  "s32725e8198d3f68d": `Коды скопированы в буфер обмена.`,
  "s598ec4089e18a612": `Не удалось скопировать. Выделите коды и скопируйте их вручную.`,
  "s7453257f57952a30": `Сохраните коды восстановления`,
  "s8d5ac1c4ac7f5b64": `Коды восстановления`,
  "sbe4bbc708c984a4c": `Коды скачаны.`,
  "sd05ace09aea8e64b": `Храните эти коды в надёжном месте. Каждый позволяет войти один раз, если вы потеряете доступ к другим способам.`,
  "sffa03d022d27e74e": `Скопировать коды`,
};
