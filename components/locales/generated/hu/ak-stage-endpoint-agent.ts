// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Az eszköz ellenőrzése…`,
  "s275ffc38e52a89c3": `Az eszköz ellenőrzése`,
  "s95094b57684716a5": `Az eszközt nem sikerült ellenőrizni.`,
  "s9a44ca2fd1c27f4b": `Ehhez authentik-ügynök szükséges ezen az eszközön. Nélküle ellenőrzés nélkül is folytathatja, de ekkor ez a bejelentkezés elutasításra kerülhet.`,
  "sfedb913e05b5392b": `Folytatás ellenőrzés nélkül`,
};
