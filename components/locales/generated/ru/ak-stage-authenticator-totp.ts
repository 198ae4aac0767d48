// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Введите этот ключ в приложении-аутентификаторе, а затем введите код, который оно покажет.`,
  "s02f936d07f478eb8": str`Учётная запись: ${0}`,
  "s14c14f1ba57a0b9b": `QR-код для приложения-аутентификатора`,
  "s2be2d2711a1d586d": `Сервер не прислал пригодный код настройки. Попробуйте позже.`,
  "s504f4416a8304e79": `Отсканируйте этот QR-код приложением-аутентификатором, затем введите показанный код.`,
  "s6b2dff166538b916": str`Издатель: ${0}`,
  "s9819a4ef34637240": `Секретный ключ:`,
  "sa81ec213e4f13f5a": `Не получается отсканировать? Введите ключ вручную`,
  "sb85774dc5d18ff0f": `Подтвердить`,
  "se6c9e1118b05bb37": `Настройка приложения-аутентификатора`,
};
