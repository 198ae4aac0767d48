// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continuar para o Plex`,
  "s21fd7be5f79f1055": `A janela do Plex foi bloqueada. Permita pop-ups para este site e tente novamente.`,
  "s331f5866a34e7922": `Aguardando o Plex… Conclua o login na janela do Plex.`,
  "s36458ec76f717fa7": `O Plex abre em uma nova janela.`,
  "s40517fa54c121238": `Não foi possível entrar com o Plex. Tente novamente.`,
  "s575e795c45e2d97e": `Voltar`,
  "s58faf7ea0d932452": `O tempo para entrar com o Plex esgotou. Tente novamente.`,
  "s5e5d2ccd05427119": `A janela do Plex foi fechada antes de o login terminar.`,
  "s671f57e33aaed116": `Entrar com o Plex`,
};
