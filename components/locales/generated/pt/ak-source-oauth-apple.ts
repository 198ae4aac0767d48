// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Continue na janela da Apple.`,
  "s0ab3736c634bd765": `O início de sessão com a Apple foi cancelado ou não funcionou.`,
  "s575e795c45e2d97e": `Voltar`,
  "s74846f6239abeabc": `Não foi possível carregar "Iniciar sessão com a Apple". Verifique a ligação e tente novamente.`,
  "s77c9437cd7bfee62": `A abrir o início de sessão da Apple…`,
  "s7d0f706e3cf4fa41": `A iniciar sessão com a Apple…`,
};
