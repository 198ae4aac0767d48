// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `Στείλαμε έναν κωδικό στη διεύθυνση email σας.`,
  "s38887b94b3320533": `Διεύθυνση email`,
  "s393fa33e92e1b35c": `Αποστολή κωδικού`,
  "s47944e1576765d27": `Κωδικοί σύνδεσης μέσω email`,
  "sb85774dc5d18ff0f": `Επιβεβαίωση`,
  "sc2f0b97850cdd990": `Θα στείλουμε έναν κωδικό σε αυτή τη διεύθυνση.`,
  "scdc5f94539896cac": str`Στείλαμε έναν κωδικό στο ${0}.`,
};
