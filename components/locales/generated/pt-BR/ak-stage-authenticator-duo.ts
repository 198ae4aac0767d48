// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Ou abra este link de ativação no seu celular:`,
  "s4813d6c35eefb68c": `Este código de ativação não é mais válido. Recomece para obter um novo.`,
  "s4decfcf41abd7f1c": `Escaneie este código com o app Duo Mobile para ativar seu celular.`,
  "s6f110f7fed7a2f77": `Verificar agora`,
  "s924e96f7db9ea701": `Aguardando ativação…`,
  "s991eb34760cbd249": `Não foi possível verificar a ativação. Tente novamente.`,
  "sc2ec367e3108fe65": `QR code de ativação do Duo`,
  "sec5f2bec990561f0": `Configurar o Duo`,
  "sf60322177202a81e": `Seu celular ainda não foi ativado. Escaneie o código e verifique novamente.`,
};
