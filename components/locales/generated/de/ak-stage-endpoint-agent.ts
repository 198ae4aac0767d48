// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Ihr Gerät wird überprüft…`,
  "s275ffc38e52a89c3": `Ihr Gerät wird überprüft`,
  "s95094b57684716a5": `Das Gerät konnte nicht überprüft werden.`,
  "s9a44ca2fd1c27f4b": `Dafür wird der authentik-Agent auf diesem Gerät benötigt. Ohne ihn können Sie ohne Überprüfung fortfahren; diese Anmeldung kann dann jedoch abgelehnt werden.`,
  "sfedb913e05b5392b": `Ohne Überprüfung fortfahren`,
};
