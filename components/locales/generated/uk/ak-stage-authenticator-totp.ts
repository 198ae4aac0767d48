// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Введіть цей ключ у застосунку автентифікації, а потім введіть код, який він покаже.`,
  "s02f936d07f478eb8": str`Обліковий запис: ${0}`,
  "s14c14f1ba57a0b9b": `QR-код для застосунку автентифікації`,
  "s2be2d2711a1d586d": `Сервер не надіслав придатного коду налаштування. Спробуйте пізніше.`,
  "s504f4416a8304e79": `Відскануйте цей QR-код застосунком автентифікації, а потім введіть показаний код.`,
  "s6b2dff166538b916": str`Видавець: ${0}`,
  "s9819a4ef34637240": `Секретний ключ:`,
  "sa81ec213e4f13f5a": `Не вдається відсканувати? Введіть ключ вручну`,
  "sb85774dc5d18ff0f": `Підтвердити`,
  "se6c9e1118b05bb37": `Налаштування застосунку автентифікації`,
};
