// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s4090dd0c0e45988b": `Αναγνωριστικό αιτήματος`,
  "sadf9ac04abb2c03e": `Τεχνικές λεπτομέρειες`,
  "sb9bd4f5a3810b77e": `Κάτι πήγε στραβά`,
  "se66e6ed60ef5c073": `Ο διακομιστής δεν μπόρεσε να συνεχίσει αυτή τη ροή. Δοκιμάστε ξανά αργότερα.`,
};
