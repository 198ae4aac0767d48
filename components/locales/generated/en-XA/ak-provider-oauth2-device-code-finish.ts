// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s455a8fc21077e7f9": `⟦Ýöû'vé šûççéššfûļļý àûţĥéñţîçàţéđ ýöûŕ đévîçé.··················⟧`,
  "s7558b95144a48c64": `⟦Đévîçé çöññéçţéđ······⟧`,
  "s7e8f9f9e657ed67e": `⟦Ýöû çàñ çļöšé ţĥîš ţàƀ ñöŵ àñđ ŕéţûŕñ ţö ýöûŕ đévîçé.·····················⟧`,
};
