// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s455a8fc21077e7f9": `你的设备已成功通过身份验证。`,
  "s7558b95144a48c64": `设备已连接`,
  "s7e8f9f9e657ed67e": `现在可以关闭此标签页并返回你的设备。`,
};
