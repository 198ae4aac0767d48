// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `⟦Đöŵñļöàđ çöđéš······⟧`,
  "s114e6e1944bc6a8f": `⟦Î ĥàvé šàvéđ mý çöđéš········⟧`,
  "s32725e8198d3f68d": `⟦Çöđéš çöpîéđ ţö ţĥé çļîpƀöàŕđ.············⟧`,
  "s598ec4089e18a612": `⟦Çöûļđ ñöţ çöpý. Šéļéçţ ţĥé çöđéš àñđ çöpý ţĥém ýöûŕšéļf.······················⟧`,
  "s7453257f57952a30": `⟦Šàvé ýöûŕ ŕéçövéŕý çöđéš··········⟧`,
  "s8d5ac1c4ac7f5b64": `⟦Ŕéçövéŕý çöđéš······⟧`,
  "sbe4bbc708c984a4c": `⟦Çöđéš đöŵñļöàđéđ.·······⟧`,
  "sd05ace09aea8e64b": `⟦Ķéép ţĥéšé çöđéš šöméŵĥéŕé šàfé. Éàçĥ öñé šîĝñš ýöû îñ öñçé îf ýöû ļöšé ýöûŕ öţĥéŕ méţĥöđš.····································⟧`,
  "sffa03d022d27e74e": `⟦Çöpý çöđéš····⟧`,
};
