// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `⟦Çöñţîñûé îñ ţĥé Àppļé ŵîñđöŵ.············⟧`,
  "s0ab3736c634bd765": `⟦Šîĝñîñĝ îñ ŵîţĥ Àppļé ŵàš çàñçéļļéđ öŕ đîđ ñöţ ŵöŕķ.·····················⟧`,
  "s575e795c45e2d97e": `⟦Ĝö ƀàçķ···⟧`,
  "s74846f6239abeabc": `⟦Šîĝñ îñ ŵîţĥ Àppļé çöûļđ ñöţ ƀé ļöàđéđ. Çĥéçķ ýöûŕ çöññéçţîöñ àñđ ţŕý àĝàîñ.······························⟧`,
  "s77c9437cd7bfee62": `⟦Öpéñîñĝ Àppļé šîĝñ-îñ…·········⟧`,
  "s7d0f706e3cf4fa41": `⟦Šîĝñîñĝ îñ ŵîţĥ Àppļé…·········⟧`,
};
