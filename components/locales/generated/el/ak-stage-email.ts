// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Σας στείλαμε ένα email με σύνδεσμο. Ανοίξτε τον για να συνεχίσετε· μπορείτε να κλείσετε αυτή τη σελίδα.`,
  "s14dffd4fb4d2ac09": `Το email στάλθηκε ξανά.`,
  "s829c029ff2b2f5ce": `Ελέγξτε τα εισερχόμενά σας`,
  "s95fad300a7938b80": `Επανάληψη αποστολής email`,
};
