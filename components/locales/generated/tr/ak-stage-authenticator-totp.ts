// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Bu anahtarı kimlik doğrulama uygulamanıza girin, ardından uygulamanın gösterdiği kodu girin.`,
  "s02f936d07f478eb8": str`Hesap: ${0}`,
  "s14c14f1ba57a0b9b": `Kimlik doğrulama uygulamanız için QR kodu`,
  "s2be2d2711a1d586d": `Sunucu kullanılabilir bir kurulum kodu göndermedi. Daha sonra tekrar deneyin.`,
  "s504f4416a8304e79": `Bu QR kodunu kimlik doğrulama uygulamanızla tarayın, ardından gösterdiği kodu girin.`,
  "s6b2dff166538b916": str`Veren: ${0}`,
  "s9819a4ef34637240": `Gizli anahtar:`,
  "sa81ec213e4f13f5a": `Kodu tarayamıyor musunuz? Bunun yerine anahtarı girin`,
  "sb85774dc5d18ff0f": `Onayla`,
  "se6c9e1118b05bb37": `Kimlik doğrulama uygulaması kurun`,
};
