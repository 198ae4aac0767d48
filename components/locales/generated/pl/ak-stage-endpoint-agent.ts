// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Weryfikowanie urządzenia…`,
  "s275ffc38e52a89c3": `Weryfikowanie urządzenia`,
  "s95094b57684716a5": `Nie udało się zweryfikować urządzenia.`,
  "s9a44ca2fd1c27f4b": `Wymaga to agenta authentik na tym urządzeniu. Bez niego możesz kontynuować bez weryfikacji, ale to logowanie może zostać odrzucone.`,
  "sfedb913e05b5392b": `Kontynuuj bez weryfikacji`,
};
