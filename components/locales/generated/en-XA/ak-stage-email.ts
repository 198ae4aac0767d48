// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `⟦Ŵé šéñţ ýöû àñ émàîļ ŵîţĥ à ļîñķ. Öpéñ îţ ţö çöñţîñûé; ýöû çàñ çļöšé ţĥîš pàĝé.································⟧`,
  "s14dffd4fb4d2ac09": `⟦Ţĥé émàîļ ŵàš šéñţ àĝàîñ.··········⟧`,
  "s829c029ff2b2f5ce": `⟦Çĥéçķ ýöûŕ îñƀöx······⟧`,
  "s95fad300a7938b80": `⟦Šéñđ ţĥé émàîļ àĝàîñ········⟧`,
};
