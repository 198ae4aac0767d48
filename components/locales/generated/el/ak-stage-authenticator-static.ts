// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Λήψη κωδικών`,
  "s114e6e1944bc6a8f": `Αποθήκευσα τους κωδικούς μου`,
  "s32725e8198d3f68d": `Οι κωδικοί αντιγράφηκαν στο πρόχειρο.`,
  "s598ec4089e18a612": `Η αντιγραφή απέτυχε. Επιλέξτε τους κωδικούς και αντιγράψτε τους μόνοι σας.`,
  "s7453257f57952a30": `Αποθηκεύστε τους κωδικούς ανάκτησης`,
  "s8d5ac1c4ac7f5b64": `Κωδικοί ανάκτησης`,
  "sbe4bbc708c984a4c": `Οι κωδικοί λήφθηκαν.`,
  "sd05ace09aea8e64b": `Φυλάξτε αυτούς τους κωδικούς σε ασφαλές μέρος. Ο καθένας σάς επιτρέπει να συνδεθείτε μία φορά αν χάσετε τις άλλες μεθόδους σας.`,
  "sffa03d022d27e74e": `Αντιγραφή κωδικών`,
};
