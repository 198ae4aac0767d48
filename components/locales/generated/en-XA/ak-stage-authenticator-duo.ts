// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `⟦Öŕ öpéñ ţĥîš àçţîvàţîöñ ļîñķ öñ ýöûŕ pĥöñé:·················⟧`,
  "s4813d6c35eefb68c": `⟦Ţĥîš àçţîvàţîöñ çöđé îš ñö ļöñĝéŕ vàļîđ. Šţàŕţ övéŕ ţö ĝéţ à ñéŵ öñé.····························⟧`,
  "s4decfcf41abd7f1c": `⟦Šçàñ ţĥîš çöđé ŵîţĥ ţĥé Đûö Möƀîļé àpp ţö àçţîvàţé ýöûŕ pĥöñé.·························⟧`,
  "s6f110f7fed7a2f77": `⟦Çĥéçķ ñöŵ····⟧`,
  "s924e96f7db9ea701": `⟦Ŵàîţîñĝ föŕ àçţîvàţîöñ…·········⟧`,
  "s991eb34760cbd249": `⟦Çöûļđ ñöţ çĥéçķ ţĥé àçţîvàţîöñ. Pļéàšé ţŕý àĝàîñ.····················⟧`,
  "sc2ec367e3108fe65": `⟦Đûö àçţîvàţîöñ QŔ çöđé·········⟧`,
  "sec5f2bec990561f0": `⟦Šéţ ûp Đûö····⟧`,
  "sf60322177202a81e": `⟦Ýöûŕ pĥöñé îš ñöţ àçţîvàţéđ ýéţ. Šçàñ ţĥé çöđé, ţĥéñ çĥéçķ àĝàîñ.··························⟧`,
};
