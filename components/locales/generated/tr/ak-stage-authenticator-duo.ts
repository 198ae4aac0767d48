// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Ya da bu etkinleştirme bağlantısını telefonunuzda açın:`,
  "s4813d6c35eefb68c": `Bu etkinleştirme kodu artık geçerli değil. Yeni bir kod almak için baştan başlayın.`,
  "s4decfcf41abd7f1c": `Telefonunuzu etkinleştirmek için bu kodu Duo Mobile uygulamasıyla tarayın.`,
  "s6f110f7fed7a2f77": `Şimdi kontrol et`,
  "s924e96f7db9ea701": `Etkinleştirme bekleniyor…`,
  "s991eb34760cbd249": `Etkinleştirme kontrol edilemedi. Lütfen tekrar deneyin.`,
  "sc2ec367e3108fe65": `Duo etkinleştirme QR kodu`,
  "sec5f2bec990561f0": `Duo'yu kur`,
  "sf60322177202a81e": `Telefonunuz henüz etkinleştirilmedi. Kodu tarayın, ardından tekrar kontrol edin.`,
};
