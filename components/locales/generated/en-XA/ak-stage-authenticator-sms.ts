// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `⟦Šéñđ çöđé····⟧`,
  "s6b7e77d7072c373e": `⟦Îñçļûđé ţĥé çöûñţŕý çöđé, föŕ éxàmpļé +1 555 0100.····················⟧`,
  "s9f2d165631ec2a81": `⟦Šîĝñ-îñ çöđéš ƀý ţéxţ méššàĝé············⟧`,
  "sb85774dc5d18ff0f": `⟦Çöñfîŕm···⟧`,
  "sc0a0c87d5c556c38": `⟦Pĥöñé ñûmƀéŕ·····⟧`,
  "sd127b9ab8f9b931f": `⟦Ŵé šéñţ à çöđé ţö ýöûŕ pĥöñé.············⟧`,
};
