// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0cbfed624fc5250b": `⟦Ŵé šéñţ à çöđé ţö ýöûŕ émàîļ àđđŕéšš.···············⟧`,
  "s38887b94b3320533": `⟦Émàîļ àđđŕéšš·····⟧`,
  "s393fa33e92e1b35c": `⟦Šéñđ çöđé····⟧`,
  "s47944e1576765d27": `⟦Šîĝñ-îñ çöđéš ƀý émàîļ·········⟧`,
  "sb85774dc5d18ff0f": `⟦Çöñfîŕm···⟧`,
  "sc2f0b97850cdd990": `⟦Ŵé ŵîļļ šéñđ à çöđé ţö ţĥîš àđđŕéšš.··············⟧`,
  "scdc5f94539896cac": str`⟦Ŵé šéñţ à çöđé ţö ${0}.········⟧`,
};
