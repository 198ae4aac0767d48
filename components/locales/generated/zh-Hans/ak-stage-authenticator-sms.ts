// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `发送验证码`,
  "s6b7e77d7072c373e": `请包含国家/地区代码，例如 +86 131 2345 6789。`,
  "s9f2d165631ec2a81": `通过短信接收登录验证码`,
  "sb85774dc5d18ff0f": `确认`,
  "sc0a0c87d5c556c38": `手机号码`,
  "sd127b9ab8f9b931f": `我们已向你的手机发送验证码。`,
};
