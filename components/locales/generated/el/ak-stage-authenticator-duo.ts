// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Ή ανοίξτε αυτόν τον σύνδεσμο ενεργοποίησης στο τηλέφωνό σας:`,
  "s4813d6c35eefb68c": `Αυτός ο κωδικός ενεργοποίησης δεν ισχύει πλέον. Ξεκινήστε από την αρχή για να λάβετε νέο.`,
  "s4decfcf41abd7f1c": `Σαρώστε αυτόν τον κωδικό με την εφαρμογή Duo Mobile για να ενεργοποιήσετε το τηλέφωνό σας.`,
  "s6f110f7fed7a2f77": `Έλεγχος τώρα`,
  "s924e96f7db9ea701": `Αναμονή για ενεργοποίηση…`,
  "s991eb34760cbd249": `Δεν ήταν δυνατός ο έλεγχος της ενεργοποίησης. Δοκιμάστε ξανά.`,
  "sc2ec367e3108fe65": `Κωδικός QR ενεργοποίησης Duo`,
  "sec5f2bec990561f0": `Ρύθμιση Duo`,
  "sf60322177202a81e": `Το τηλέφωνό σας δεν έχει ενεργοποιηθεί ακόμη. Σαρώστε τον κωδικό και ελέγξτε ξανά.`,
};
