// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `⟦Çöñţîñûé ţö Pļéx······⟧`,
  "s21fd7be5f79f1055": `⟦Ţĥé Pļéx ŵîñđöŵ ŵàš ƀļöçķéđ. Àļļöŵ pöp-ûpš föŕ ţĥîš šîţé àñđ ţŕý àĝàîñ.····························⟧`,
  "s331f5866a34e7922": `⟦Ŵàîţîñĝ föŕ Pļéx… Fîñîšĥ šîĝñîñĝ îñ îñ ţĥé Pļéx ŵîñđöŵ.······················⟧`,
  "s36458ec76f717fa7": `⟦Pļéx öpéñš îñ à ñéŵ ŵîñđöŵ.···········⟧`,
  "s40517fa54c121238": `⟦Šîĝñîñĝ îñ ŵîţĥ Pļéx đîđ ñöţ ŵöŕķ. Pļéàšé ţŕý àĝàîñ.·····················⟧`,
  "s575e795c45e2d97e": `⟦Ĝö ƀàçķ···⟧`,
  "s58faf7ea0d932452": `⟦Šîĝñîñĝ îñ ŵîţĥ Pļéx ţîméđ öûţ. Pļéàšé ţŕý àĝàîñ.····················⟧`,
  "s5e5d2ccd05427119": `⟦Ţĥé Pļéx ŵîñđöŵ ŵàš çļöšéđ ƀéföŕé šîĝñîñĝ îñ fîñîšĥéđ.······················⟧`,
  "s671f57e33aaed116": `⟦Šîĝñ îñ ŵîţĥ Pļéx·······⟧`,
};
