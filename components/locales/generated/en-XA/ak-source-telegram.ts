// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `⟦Ţĥé Ţéļéĝŕàm ļöĝîñ çöûļđ ñöţ ƀé ļöàđéđ. Çĥéçķ ýöûŕ çöññéçţîöñ àñđ ţŕý àĝàîñ.······························⟧`,
  "s575e795c45e2d97e": `⟦Ĝö ƀàçķ···⟧`,
  "s76ea993fdc8503d8": `⟦Çļîçķ ţĥé ƀûţţöñ ƀéļöŵ ţö šţàŕţ.·············⟧`,
  "se5f0cc492e939608": `⟦Šîĝñîñĝ îñ ŵîţĥ Ţéļéĝŕàm··········⟧`,
};
