// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Kódok letöltése`,
  "s114e6e1944bc6a8f": `Elmentettem a kódjaimat`,
  "s32725e8198d3f68d": `A kódok a vágólapra kerültek.`,
  "s598ec4089e18a612": `A másolás nem sikerült. Jelölje ki a kódokat, és másolja ki őket saját maga.`,
  "s7453257f57952a30": `Mentse el a helyreállítási kódjait`,
  "s8d5ac1c4ac7f5b64": `Helyreállítási kódok`,
  "sbe4bbc708c984a4c": `A kódok letöltődtek.`,
  "sd05ace09aea8e64b": `Tartsa ezeket a kódokat biztonságos helyen. Mindegyikkel egyszer jelentkezhet be, ha a többi módszere elvész.`,
  "sffa03d022d27e74e": `Kódok másolása`,
};
