// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s05a7590b858f7b0e": `Logget ind.`,
  "s4d7fe7be1c49896c": `Du kan lukke denne side nu.`,
  "s938a222aac6f24e8": `Dette loginflow forsøgte at sende dig til en adresse, der ikke er tilladt.`,
  "s94d6aff76c1fa24b": `Omdirigerer…`,
};
