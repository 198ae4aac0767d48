// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Ακολουθήστε τις οδηγίες του προγράμματος περιήγησης ή του κλειδιού ασφαλείας.`,
  "s2c15b9b13a3e2a80": `Καταχώριση`,
  "s942caaa174333901": `Χρησιμοποιήστε κλειδί ασφαλείας, κλειδί πρόσβασης ή το κλείδωμα οθόνης αυτής της συσκευής. Το πρόγραμμα περιήγησης θα σας καθοδηγήσει.`,
  "scf2d3d1d72cccd95": `Καταχώριση κλειδιού ασφαλείας ή κλειδιού πρόσβασης`,
};
