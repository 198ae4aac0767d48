// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `⟦Véŕîfýîñĝ ýöûŕ đévîçé…·········⟧`,
  "s275ffc38e52a89c3": `⟦Véŕîfýîñĝ ýöûŕ đévîçé········⟧`,
  "s95094b57684716a5": `⟦Fàîļéđ ţö vàļîđàţé đévîçé.··········⟧`,
  "s9a44ca2fd1c27f4b": `⟦Ţĥîš ñééđš ţĥé àûţĥéñţîķ àĝéñţ öñ ţĥîš đévîçé. Ŵîţĥöûţ îţ, ýöû çàñ çöñţîñûé ŵîţĥöûţ véŕîfýîñĝ; ţĥîš šîĝñ-îñ màý ţĥéñ ƀé ŕéfûšéđ.···················································⟧`,
  "sfedb913e05b5392b": `⟦Çöñţîñûé ŵîţĥöûţ véŕîfýîñĝ··········⟧`,
};
