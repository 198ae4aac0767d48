// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Αποστολή κωδικού`,
  "s6b7e77d7072c373e": `Συμπεριλάβετε τον κωδικό χώρας, για παράδειγμα +30 691 234 5678.`,
  "s9f2d165631ec2a81": `Κωδικοί σύνδεσης μέσω SMS`,
  "sb85774dc5d18ff0f": `Επιβεβαίωση`,
  "sc0a0c87d5c556c38": `Αριθμός τηλεφώνου`,
  "sd127b9ab8f9b931f": `Στείλαμε έναν κωδικό στο τηλέφωνό σας.`,
};
