// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Continuar para o Plex`,
  "s21fd7be5f79f1055": `A janela do Plex foi bloqueada. Permita janelas pop-up para este site e tente novamente.`,
  "s331f5866a34e7922": `A aguardar o Plex… Conclua o início de sessão na janela do Plex.`,
  "s36458ec76f717fa7": `O Plex abre numa nova janela.`,
  "s40517fa54c121238": `O início de sessão com o Plex não funcionou. Tente novamente.`,
  "s575e795c45e2d97e": `Voltar`,
  "s58faf7ea0d932452": `O início de sessão com o Plex excedeu o tempo limite. Tente novamente.`,
  "s5e5d2ccd05427119": `A janela do Plex foi fechada antes de o início de sessão terminar.`,
  "s671f57e33aaed116": `Iniciar sessão com o Plex`,
};
