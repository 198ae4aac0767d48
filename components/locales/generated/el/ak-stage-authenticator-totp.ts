// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Εισαγάγετε αυτό το κλειδί στην εφαρμογή ελέγχου ταυτότητας και, στη συνέχεια, εισαγάγετε τον κωδικό που εμφανίζει.`,
  "s02f936d07f478eb8": str`Λογαριασμός: ${0}`,
  "s14c14f1ba57a0b9b": `Κωδικός QR για την εφαρμογή ελέγχου ταυτότητας`,
  "s2be2d2711a1d586d": `Ο διακομιστής δεν έστειλε χρησιμοποιήσιμο κωδικό ρύθμισης. Δοκιμάστε ξανά αργότερα.`,
  "s504f4416a8304e79": `Σαρώστε αυτόν τον κωδικό QR με την εφαρμογή ελέγχου ταυτότητας και, στη συνέχεια, εισαγάγετε τον κωδικό που εμφανίζει.`,
  "s6b2dff166538b916": str`Εκδότης: ${0}`,
  "s9819a4ef34637240": `Μυστικό κλειδί:`,
  "sa81ec213e4f13f5a": `Δεν μπορείτε να σαρώσετε τον κωδικό; Εισαγάγετε το κλειδί`,
  "sb85774dc5d18ff0f": `Επιβεβαίωση`,
  "se6c9e1118b05bb37": `Ρύθμιση εφαρμογής ελέγχου ταυτότητας`,
};
