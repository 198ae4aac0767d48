// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `⟦Ĝö ƀàçķ ţö ţĥé àppļîçàţîöñ··········⟧`,
  "sa5c3a21cbc762ce9": str`⟦Ýöû'vé ļöĝĝéđ öûţ öf ${0}.·········⟧`,
  "sc17d6bd769c3acc9": str`⟦Ĝö ƀàçķ ţö ${0}····⟧`,
  "sdb749e793de55478": str`⟦Ļöĝ öûţ öf ${0}····⟧`,
  "se146cd96a9e8d8d0": `⟦Ýöû'vé ļöĝĝéđ öûţ.·······⟧`,
  "sf75a2951784d9901": str`⟦Ýöû çàñ ĝö ƀàçķ ţö ţĥé àppļîçàţîöñ, öŕ ļöĝ öûţ öf ${0} àš ŵéļļ.························⟧`,
};
