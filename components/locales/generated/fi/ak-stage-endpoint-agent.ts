// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Laitettasi tarkistetaan…`,
  "s275ffc38e52a89c3": `Laitettasi tarkistetaan`,
  "s95094b57684716a5": `Laitteen vahvistaminen epäonnistui.`,
  "s9a44ca2fd1c27f4b": `Tähän tarvitaan tällä laitteella oleva authentik-agentti. Ilman sitä voit jatkaa ilman tarkistusta, mutta kirjautuminen saatetaan silloin hylätä.`,
  "sfedb913e05b5392b": `Jatka ilman tarkistusta`,
};
