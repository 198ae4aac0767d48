// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Je apparaat wordt gecontroleerd…`,
  "s275ffc38e52a89c3": `Je apparaat wordt gecontroleerd`,
  "s95094b57684716a5": `Het apparaat kon niet worden gevalideerd.`,
  "s9a44ca2fd1c27f4b": `Hiervoor is de authentik-agent op dit apparaat nodig. Zonder de agent kun je doorgaan zonder controle, maar dan kan deze aanmelding worden geweigerd.`,
  "sfedb913e05b5392b": `Doorgaan zonder controle`,
};
