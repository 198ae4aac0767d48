// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Digite esta chave no seu app autenticador e, em seguida, digite o código exibido.`,
  "s02f936d07f478eb8": str`Conta: ${0}`,
  "s14c14f1ba57a0b9b": `QR code para seu app autenticador`,
  "s2be2d2711a1d586d": `O servidor não enviou um código de configuração utilizável. Tente novamente mais tarde.`,
  "s504f4416a8304e79": `Escaneie este QR code com seu app autenticador e digite o código exibido.`,
  "s6b2dff166538b916": str`Emissor: ${0}`,
  "s9819a4ef34637240": `Chave secreta:`,
  "sa81ec213e4f13f5a": `Não consegue escanear? Digite a chave`,
  "sb85774dc5d18ff0f": `Confirmar`,
  "se6c9e1118b05bb37": `Configure um app autenticador`,
};
