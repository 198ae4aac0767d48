// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Of open deze activatielink op je telefoon:`,
  "s4813d6c35eefb68c": `Deze activeringscode is niet meer geldig. Begin opnieuw om een nieuwe te krijgen.`,
  "s4decfcf41abd7f1c": `Scan deze code met de Duo Mobile-app om je telefoon te activeren.`,
  "s6f110f7fed7a2f77": `Nu controleren`,
  "s924e96f7db9ea701": `Wachten op activatie…`,
  "s991eb34760cbd249": `De activering kon niet worden gecontroleerd. Probeer het opnieuw.`,
  "sc2ec367e3108fe65": `QR-code voor Duo-activatie`,
  "sec5f2bec990561f0": `Duo instellen`,
  "sf60322177202a81e": `Je telefoon is nog niet geactiveerd. Scan de code en controleer het opnieuw.`,
};
