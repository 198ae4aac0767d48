// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `Aplikace už má přístup k těmto oprávněním:`,
  "s9934d44c54704909": `Aplikace vyžaduje tato nová oprávnění:`,
  "s9ec08725bedad61f": `Aplikace vyžaduje tato oprávnění:`,
};
