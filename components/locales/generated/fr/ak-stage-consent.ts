// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `L’application a déjà accès aux autorisations suivantes :`,
  "s9934d44c54704909": `L’application demande les nouvelles autorisations suivantes :`,
  "s9ec08725bedad61f": `L’application demande les autorisations suivantes :`,
};
