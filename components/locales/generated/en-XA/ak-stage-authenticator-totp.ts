// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `⟦Éñţéŕ ţĥîš ķéý îñ ýöûŕ àûţĥéñţîçàţöŕ àpp, ţĥéñ éñţéŕ ţĥé çöđé îţ šĥöŵš.····························⟧`,
  "s02f936d07f478eb8": str`⟦Àççöûñţ: ${0}····⟧`,
  "s14c14f1ba57a0b9b": `⟦QŔ çöđé föŕ ýöûŕ àûţĥéñţîçàţöŕ àpp··············⟧`,
  "s2be2d2711a1d586d": `⟦Ţĥé šéŕvéŕ šéñţ ñö ûšàƀļé šéţûp çöđé. Ţŕý àĝàîñ ļàţéŕ.······················⟧`,
  "s504f4416a8304e79": `⟦Šçàñ ţĥîš QŔ çöđé ŵîţĥ ýöûŕ àûţĥéñţîçàţöŕ àpp, ţĥéñ éñţéŕ ţĥé çöđé îţ šĥöŵš.······························⟧`,
  "s6b2dff166538b916": str`⟦Îššûéŕ: ${0}···⟧`,
  "s9819a4ef34637240": `⟦Šéçŕéţ ķéý:····⟧`,
  "sa81ec213e4f13f5a": `⟦Çàñ'ţ šçàñ ţĥé çöđé? Éñţéŕ ţĥé ķéý îñšţéàđ·················⟧`,
  "sb85774dc5d18ff0f": `⟦Çöñfîŕm···⟧`,
  "se6c9e1118b05bb37": `⟦Šéţ ûp àñ àûţĥéñţîçàţöŕ àpp···········⟧`,
};
