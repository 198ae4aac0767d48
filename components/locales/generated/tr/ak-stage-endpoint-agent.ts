// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Cihazınız doğrulanıyor…`,
  "s275ffc38e52a89c3": `Cihazınız doğrulanıyor`,
  "s95094b57684716a5": `Cihaz doğrulanamadı.`,
  "s9a44ca2fd1c27f4b": `Bunun için bu cihazda authentik aracısı gerekir. Aracı olmadan doğrulama yapmadan devam edebilirsiniz; ancak bu durumda oturum açma isteğiniz reddedilebilir.`,
  "sfedb913e05b5392b": `Doğrulamadan devam et`,
};
