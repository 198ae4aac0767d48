// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Télécharger les codes`,
  "s114e6e1944bc6a8f": `J’ai enregistré mes codes`,
  "s32725e8198d3f68d": `Codes copiés dans le presse-papiers.`,
  "s598ec4089e18a612": `Copie impossible. Sélectionnez les codes et copiez-les vous-même.`,
  "s7453257f57952a30": `Enregistrez vos codes de récupération`,
  "s8d5ac1c4ac7f5b64": `Codes de récupération`,
  "sbe4bbc708c984a4c": `Codes téléchargés.`,
  "sd05ace09aea8e64b": `Conservez ces codes en lieu sûr. Chacun vous permet de vous connecter une fois si vous perdez vos autres méthodes.`,
  "sffa03d022d27e74e": `Copier les codes`,
};
