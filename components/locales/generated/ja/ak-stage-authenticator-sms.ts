// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `コードを送信`,
  "s6b7e77d7072c373e": `国番号を含めて入力してください (例: +81 90 1234 5678)。`,
  "s9f2d165631ec2a81": `SMS でのサインインコード`,
  "sb85774dc5d18ff0f": `確認`,
  "sc0a0c87d5c556c38": `電話番号`,
  "sd127b9ab8f9b931f": `お使いの電話にコードを送信しました。`,
};
