// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Следуйте инструкциям браузера или ключа безопасности.`,
  "s2c15b9b13a3e2a80": `Зарегистрировать`,
  "s942caaa174333901": `Используйте ключ безопасности, ключ доступа или блокировку экрана этого устройства. Браузер подскажет, что делать.`,
  "scf2d3d1d72cccd95": `Регистрация ключа безопасности или ключа доступа`,
};
