// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `デバイスを確認しています…`,
  "s275ffc38e52a89c3": `デバイスを確認しています`,
  "s95094b57684716a5": `デバイスを検証できませんでした。`,
  "s9a44ca2fd1c27f4b": `これには、このデバイスに authentik エージェントが必要です。エージェントがなくても確認せずに続行できますが、その場合このサインインは拒否されることがあります。`,
  "sfedb913e05b5392b": `確認せずに続行`,
};
