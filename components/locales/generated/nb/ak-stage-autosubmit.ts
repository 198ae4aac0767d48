// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s43171ca0e86d4e63": `Fortsetter …`,
  "s7e47d88d5830454a": `Denne innloggingsflyten prøvde å sende dataene dine til en adresse som ikke er tillatt.`,
};
