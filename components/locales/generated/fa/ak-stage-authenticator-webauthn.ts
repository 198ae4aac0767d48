// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `دستورهای مرورگر یا کلید امنیتی را دنبال کنید.`,
  "s2c15b9b13a3e2a80": `ثبت`,
  "s942caaa174333901": `از کلید امنیتی، کلید عبور یا قفل صفحهٔ این دستگاه استفاده کنید. مرورگر راهنمایی‌تان می‌کند.`,
  "scf2d3d1d72cccd95": `ثبت کلید امنیتی یا کلید عبور`,
};
