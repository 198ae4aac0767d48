// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Możesz też otworzyć ten link aktywacyjny na telefonie:`,
  "s4813d6c35eefb68c": `Ten kod aktywacyjny nie jest już ważny. Zacznij od nowa, aby otrzymać nowy.`,
  "s4decfcf41abd7f1c": `Zeskanuj ten kod aplikacją Duo Mobile, aby aktywować telefon.`,
  "s6f110f7fed7a2f77": `Sprawdź teraz`,
  "s924e96f7db9ea701": `Oczekiwanie na aktywację…`,
  "s991eb34760cbd249": `Nie udało się sprawdzić aktywacji. Spróbuj ponownie.`,
  "sc2ec367e3108fe65": `Kod QR aktywacji Duo`,
  "sec5f2bec990561f0": `Skonfiguruj Duo`,
  "sf60322177202a81e": `Twój telefon nie jest jeszcze aktywowany. Zeskanuj kod, a potem sprawdź ponownie.`,
};
