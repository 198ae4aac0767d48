// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `Η εφαρμογή έχει ήδη πρόσβαση στα εξής δικαιώματα:`,
  "s9934d44c54704909": `Η εφαρμογή ζητά τα εξής νέα δικαιώματα:`,
  "s9ec08725bedad61f": `Η εφαρμογή ζητά τα εξής δικαιώματα:`,
};
