// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Nebo otevřete tento aktivační odkaz v telefonu:`,
  "s4813d6c35eefb68c": `Tento aktivační kód již není platný. Začněte znovu a získejte nový.`,
  "s4decfcf41abd7f1c": `Naskenujte tento kód v aplikaci Duo Mobile a aktivujte tak svůj telefon.`,
  "s6f110f7fed7a2f77": `Zkontrolovat nyní`,
  "s924e96f7db9ea701": `Čeká se na aktivaci…`,
  "s991eb34760cbd249": `Aktivaci se nepodařilo ověřit. Zkuste to prosím znovu.`,
  "sc2ec367e3108fe65": `QR kód pro aktivaci Duo`,
  "sec5f2bec990561f0": `Nastavit Duo`,
  "sf60322177202a81e": `Váš telefon ještě není aktivován. Naskenujte kód a zkontrolujte to znovu.`,
};
