// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Não foi possível carregar o login do Telegram. Verifique sua conexão e tente novamente.`,
  "s575e795c45e2d97e": `Voltar`,
  "s76ea993fdc8503d8": `Clique no botão abaixo para começar.`,
  "se5f0cc492e939608": `Entrando com o Telegram`,
};
