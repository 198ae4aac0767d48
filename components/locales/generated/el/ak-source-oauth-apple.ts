// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Συνεχίστε στο παράθυρο της Apple.`,
  "s0ab3736c634bd765": `Η σύνδεση μέσω Apple ακυρώθηκε ή δεν λειτούργησε.`,
  "s575e795c45e2d97e": `Επιστροφή`,
  "s74846f6239abeabc": `Δεν ήταν δυνατή η φόρτωση της σύνδεσης μέσω Apple. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.`,
  "s77c9437cd7bfee62": `Άνοιγμα της σύνδεσης Apple…`,
  "s7d0f706e3cf4fa41": `Σύνδεση μέσω Apple…`,
};
