// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `正在验证你的设备…`,
  "s275ffc38e52a89c3": `正在验证你的设备`,
  "s95094b57684716a5": `设备验证失败。`,
  "s9a44ca2fd1c27f4b": `这需要此设备上安装 authentik 代理。没有代理时，你可以不经验证继续，但此次登录可能会被拒绝。`,
  "sfedb913e05b5392b": `不验证并继续`,
};
