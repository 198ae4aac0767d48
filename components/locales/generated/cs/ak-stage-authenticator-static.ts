// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Stáhnout kódy`,
  "s114e6e1944bc6a8f": `Kódy mám uložené`,
  "s32725e8198d3f68d": `Kódy zkopírovány do schránky.`,
  "s598ec4089e18a612": `Kopírování se nezdařilo. Označte kódy a zkopírujte je sami.`,
  "s7453257f57952a30": `Uložte si záložní kódy`,
  "s8d5ac1c4ac7f5b64": `Záložní kódy`,
  "sbe4bbc708c984a4c": `Kódy staženy.`,
  "sd05ace09aea8e64b": `Uschovejte tyto kódy na bezpečném místě. Každým se můžete jednou přihlásit, pokud přijdete o ostatní metody.`,
  "sffa03d022d27e74e": `Kopírovat kódy`,
};
