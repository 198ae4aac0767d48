// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `此應用程式已擁有下列權限：`,
  "s9934d44c54704909": `此應用程式需要下列新權限：`,
  "s9ec08725bedad61f": `此應用程式需要下列權限：`,
};
