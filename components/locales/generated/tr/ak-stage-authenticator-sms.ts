// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Kod gönder`,
  "s6b7e77d7072c373e": `Ülke kodunu da yazın, örneğin +90 532 123 45 67.`,
  "s9f2d165631ec2a81": `SMS ile oturum açma kodları`,
  "sb85774dc5d18ff0f": `Onayla`,
  "sc0a0c87d5c556c38": `Telefon numarası`,
  "sd127b9ab8f9b931f": `Telefonunuza bir kod gönderdik.`,
};
