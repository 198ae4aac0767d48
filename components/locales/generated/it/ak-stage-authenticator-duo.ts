// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Oppure apri questo link di attivazione sul telefono:`,
  "s4813d6c35eefb68c": `Questo codice di attivazione non è più valido. Ricomincia per ottenerne uno nuovo.`,
  "s4decfcf41abd7f1c": `Scansiona questo codice con l'app Duo Mobile per attivare il telefono.`,
  "s6f110f7fed7a2f77": `Controlla ora`,
  "s924e96f7db9ea701": `In attesa dell'attivazione…`,
  "s991eb34760cbd249": `Impossibile verificare l’attivazione. Riprova.`,
  "sc2ec367e3108fe65": `Codice QR di attivazione Duo`,
  "sec5f2bec990561f0": `Configura Duo`,
  "sf60322177202a81e": `Il telefono non è ancora attivato. Scansiona il codice, poi controlla di nuovo.`,
};
