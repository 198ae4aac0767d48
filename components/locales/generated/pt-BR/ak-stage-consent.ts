// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `O aplicativo já tem acesso às seguintes permissões:`,
  "s9934d44c54704909": `O aplicativo requer as seguintes novas permissões:`,
  "s9ec08725bedad61f": `O aplicativo requer as seguintes permissões:`,
};
