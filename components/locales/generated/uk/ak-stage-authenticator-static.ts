// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Завантажити коди`,
  "s114e6e1944bc6a8f": `Коди збережено`,
  "s32725e8198d3f68d": `Коди скопійовано в буфер обміну.`,
  "s598ec4089e18a612": `Не вдалося скопіювати. Виділіть коди й скопіюйте їх самостійно.`,
  "s7453257f57952a30": `Збережіть коди відновлення`,
  "s8d5ac1c4ac7f5b64": `Коди відновлення`,
  "sbe4bbc708c984a4c": `Коди завантажено.`,
  "sd05ace09aea8e64b": `Зберігайте ці коди в надійному місці. Кожен дає змогу увійти один раз, якщо ви втратите інші способи.`,
  "sffa03d022d27e74e": `Скопіювати коди`,
};
