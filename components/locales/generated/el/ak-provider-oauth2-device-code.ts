// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s3cd84e82e83e35ad": `Εισαγάγετε τον κωδικό σας`,
  "s5cc0282089deab7c": `Σύνδεση συσκευής`,
  "sc1589121ae2f5f92": `Εισαγάγετε τον κωδικό που εμφανίζεται στη συσκευή σας.`,
  "sf94c7214dd721680": `Κωδικός συσκευής`,
};
