// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Oder öffnen Sie diesen Aktivierungslink auf Ihrem Telefon:`,
  "s4813d6c35eefb68c": `Dieser Aktivierungscode ist nicht mehr gültig. Beginnen Sie von vorn, um einen neuen zu erhalten.`,
  "s4decfcf41abd7f1c": `Scannen Sie diesen Code mit der App Duo Mobile, um Ihr Telefon zu aktivieren.`,
  "s6f110f7fed7a2f77": `Jetzt prüfen`,
  "s924e96f7db9ea701": `Warten auf Aktivierung…`,
  "s991eb34760cbd249": `Die Aktivierung konnte nicht geprüft werden. Bitte versuchen Sie es erneut.`,
  "sc2ec367e3108fe65": `QR-Code zur Duo-Aktivierung`,
  "sec5f2bec990561f0": `Duo einrichten`,
  "sf60322177202a81e": `Ihr Telefon ist noch nicht aktiviert. Scannen Sie den Code und prüfen Sie dann erneut.`,
};
