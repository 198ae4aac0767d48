// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `⟦Föļļöŵ ţĥé îñšţŕûçţîöñš öf ýöûŕ ƀŕöŵšéŕ öŕ šéçûŕîţý ķéý.······················⟧`,
  "s2c15b9b13a3e2a80": `⟦Ŕéĝîšţéŕ···⟧`,
  "s942caaa174333901": `⟦Ûšé à šéçûŕîţý ķéý, à pàššķéý öŕ ţĥîš đévîçé'š šçŕééñ ļöçķ. Ýöûŕ ƀŕöŵšéŕ ŵîļļ ĝûîđé ýöû.···································⟧`,
  "scf2d3d1d72cccd95": `⟦Ŕéĝîšţéŕ à šéçûŕîţý ķéý öŕ pàššķéý··············⟧`,
};
