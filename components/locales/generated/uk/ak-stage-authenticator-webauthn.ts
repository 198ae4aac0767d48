// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Дотримуйтеся вказівок браузера або ключа безпеки.`,
  "s2c15b9b13a3e2a80": `Зареєструвати`,
  "s942caaa174333901": `Використайте ключ безпеки, ключ доступу або блокування екрана цього пристрою. Браузер підкаже, що робити.`,
  "scf2d3d1d72cccd95": `Реєстрація ключа безпеки або ключа доступу`,
};
