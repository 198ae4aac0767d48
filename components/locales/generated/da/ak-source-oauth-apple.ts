// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Fortsæt i Apple-vinduet.`,
  "s0ab3736c634bd765": `Login med Apple blev annulleret eller virkede ikke.`,
  "s575e795c45e2d97e": `Tilbage`,
  "s74846f6239abeabc": `Log ind med Apple kunne ikke indlæses. Tjek din forbindelse, og prøv igen.`,
  "s77c9437cd7bfee62": `Åbner Apple-login…`,
  "s7d0f706e3cf4fa41": `Logger ind med Apple…`,
};
