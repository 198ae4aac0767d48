// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `请在身份验证器应用中输入此密钥，然后输入应用显示的验证码。`,
  "s02f936d07f478eb8": str`账户：${0}`,
  "s14c14f1ba57a0b9b": `身份验证器应用的二维码`,
  "s2be2d2711a1d586d": `服务器未发送可用的设置码。请稍后重试。`,
  "s504f4416a8304e79": `请用身份验证器应用扫描此二维码，然后输入应用显示的验证码。`,
  "s6b2dff166538b916": str`发行方：${0}`,
  "s9819a4ef34637240": `密钥：`,
  "sa81ec213e4f13f5a": `无法扫描？改为输入密钥`,
  "sb85774dc5d18ff0f": `确认`,
  "se6c9e1118b05bb37": `设置身份验证器应用`,
};
