// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { html } from 'lit';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "h8a1a64cdeb4a9ab8": html`Forespørsels-ID: <code>${0}</code>`,
  "sadf9ac04abb2c03e": `Tekniske detaljer`,
  "sb9bd4f5a3810b77e": `Noe gikk galt`,
  "se66e6ed60ef5c073": `Serveren kunne ikke fortsette denne flyten. Prøv igjen senere.`,
};
