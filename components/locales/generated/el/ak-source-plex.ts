// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Συνέχεια στο Plex`,
  "s21fd7be5f79f1055": `Το παράθυρο του Plex αποκλείστηκε. Επιτρέψτε τα αναδυόμενα παράθυρα για αυτόν τον ιστότοπο και δοκιμάστε ξανά.`,
  "s331f5866a34e7922": `Αναμονή για το Plex… Ολοκληρώστε τη σύνδεση στο παράθυρο του Plex.`,
  "s36458ec76f717fa7": `Το Plex ανοίγει σε νέο παράθυρο.`,
  "s40517fa54c121238": `Η σύνδεση μέσω Plex δεν λειτούργησε. Δοκιμάστε ξανά.`,
  "s575e795c45e2d97e": `Επιστροφή`,
  "s58faf7ea0d932452": `Ο χρόνος σύνδεσης μέσω Plex εξαντλήθηκε. Δοκιμάστε ξανά.`,
  "s5e5d2ccd05427119": `Το παράθυρο του Plex έκλεισε πριν ολοκληρωθεί η σύνδεση.`,
  "s671f57e33aaed116": `Σύνδεση μέσω Plex`,
};
