// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Følg instruksjonene fra nettleseren eller sikkerhetsnøkkelen.`,
  "s2c15b9b13a3e2a80": `Registrer`,
  "s942caaa174333901": `Bruk en sikkerhetsnøkkel, en tilgangsnøkkel eller skjermlåsen på denne enheten. Nettleseren viser deg veien.`,
  "scf2d3d1d72cccd95": `Registrer en sikkerhetsnøkkel eller tilgangsnøkkel`,
};
