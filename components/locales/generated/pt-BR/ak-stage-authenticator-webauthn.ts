// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Siga as instruções do navegador ou da chave de segurança.`,
  "s2c15b9b13a3e2a80": `Registrar`,
  "s942caaa174333901": `Use uma chave de segurança, uma chave de acesso ou o bloqueio de tela deste dispositivo. O navegador vai orientar você.`,
  "scf2d3d1d72cccd95": `Registrar uma chave de segurança ou chave de acesso`,
};
