// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Отправить код`,
  "s6b7e77d7072c373e": `Укажите код страны, например +7 912 345-67-89.`,
  "s9f2d165631ec2a81": `Коды входа по SMS`,
  "sb85774dc5d18ff0f": `Подтвердить`,
  "sc0a0c87d5c556c38": `Номер телефона`,
  "sd127b9ab8f9b931f": `Мы отправили код на ваш телефон.`,
};
