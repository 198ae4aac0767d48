// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `请按照浏览器或安全密钥的提示操作。`,
  "s067e961bb67cf3f6": `正在验证…`,
  "s096462425083681c": `选择其他方式`,
  "s0cbfed624fc5250b": `我们已向你的电子邮箱发送验证码。`,
  "s16841913159b031f": `请使用一个一次性恢复码。`,
  "s2039bcdbde21fbc8": `通过电子邮件获取验证码。`,
  "s219df3716f7f9867": `推送通知已发送。请在手机上批准。`,
  "s2600721a584509eb": `选择验证方式`,
  "s28783c482f664cc2": `请输入身份验证器应用显示的验证码。`,
  "s29823f9c5dcf3518": `Duo 推送通知`,
  "s57768e7b027155f1": `你的账户需要第二重验证。请选择一种方式立即设置。`,
  "s578781b36717c4d1": `Duo 推送通知`,
  "s5f88ff434f394bb8": `此处不支持该验证方式。`,
  "s8648067b36d06985": `电子邮件验证码`,
  "s868c61574f0b3e75": `使用安全密钥`,
  "s8894ff7b0cb8c03c": `通过短信获取验证码。`,
  "s88d68d4febc124b9": `身份验证器应用 (TOTP)`,
  "s8d5ac1c4ac7f5b64": `恢复码`,
  "sa3adc2f19591658f": `设置验证方式`,
  "sa86003f59f31f31e": `请输入身份验证器应用中的验证码。`,
  "sb05d85d765f97bed": `短信 (SMS)`,
  "sc2b6c18334a4a2c4": `验证`,
  "sc4433e83b306bfd3": `身份验证器应用`,
  "sc55c40949dc31340": `发送推送通知`,
  "scdc5f94539896cac": str`我们已将验证码发送至 ${0}。`,
  "scfcf3d4fb8f51970": `你的账户没有可用的验证方式。`,
  "sd127b9ab8f9b931f": `我们已向你的手机发送验证码。`,
  "sd2bab2bc2f7a1d7f": `恢复码`,
  "sd38d233206633a58": `在手机上批准推送通知。`,
  "sd53a72db6464c701": `请输入一个恢复码。每个恢复码只能使用一次。`,
  "se4972b18ac6e6acb": `使用安全密钥、通行密钥或此设备的屏幕锁。`,
  "sfdfb27eaf46500c9": `安全密钥或通行密钥`,
  "sffa044c132266f26": `其他方式`,
};
