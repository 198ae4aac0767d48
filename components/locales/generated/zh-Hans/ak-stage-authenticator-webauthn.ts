// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `请按照浏览器或安全密钥的提示操作。`,
  "s2c15b9b13a3e2a80": `注册`,
  "s942caaa174333901": `使用安全密钥、通行密钥或此设备的屏幕锁。浏览器会引导你完成操作。`,
  "scf2d3d1d72cccd95": `注册安全密钥或通行密钥`,
};
