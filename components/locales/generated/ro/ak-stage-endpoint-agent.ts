// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Se verifică dispozitivul…`,
  "s275ffc38e52a89c3": `Se verifică dispozitivul`,
  "s95094b57684716a5": `Dispozitivul nu a putut fi validat.`,
  "s9a44ca2fd1c27f4b": `Pentru aceasta este necesar agentul authentik pe acest dispozitiv. Fără el, puteți continua fără verificare, dar această autentificare poate fi refuzată.`,
  "sfedb913e05b5392b": `Continuați fără verificare`,
};
