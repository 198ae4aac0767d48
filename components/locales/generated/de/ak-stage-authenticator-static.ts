// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Codes herunterladen`,
  "s114e6e1944bc6a8f": `Ich habe meine Codes gesichert`,
  "s32725e8198d3f68d": `Codes in die Zwischenablage kopiert.`,
  "s598ec4089e18a612": `Kopieren fehlgeschlagen. Markieren und kopieren Sie die Codes bitte selbst.`,
  "s7453257f57952a30": `Wiederherstellungscodes sichern`,
  "s8d5ac1c4ac7f5b64": `Wiederherstellungscodes`,
  "sbe4bbc708c984a4c": `Codes heruntergeladen.`,
  "sd05ace09aea8e64b": `Bewahren Sie diese Codes sicher auf. Mit jedem können Sie sich einmal anmelden, falls Sie Ihre anderen Methoden verlieren.`,
  "sffa03d022d27e74e": `Codes kopieren`,
};
