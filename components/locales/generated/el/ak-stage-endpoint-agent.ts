// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Επαλήθευση της συσκευής σας…`,
  "s275ffc38e52a89c3": `Επαλήθευση της συσκευής σας`,
  "s95094b57684716a5": `Η επικύρωση της συσκευής απέτυχε.`,
  "s9a44ca2fd1c27f4b": `Για αυτό απαιτείται ο agent του authentik σε αυτή τη συσκευή. Χωρίς αυτόν, μπορείτε να συνεχίσετε χωρίς επαλήθευση, αλλά η σύνδεση ενδέχεται να απορριφθεί.`,
  "sfedb913e05b5392b": `Συνέχεια χωρίς επαλήθευση`,
};
