// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `下载恢复码`,
  "s114e6e1944bc6a8f": `我已保存恢复码`,
  "s32725e8198d3f68d": `恢复码已复制到剪贴板。`,
  "s598ec4089e18a612": `无法复制。请选中恢复码后手动复制。`,
  "s7453257f57952a30": `保存你的恢复码`,
  "s8d5ac1c4ac7f5b64": `恢复码`,
  "sbe4bbc708c984a4c": `恢复码已下载。`,
  "sd05ace09aea8e64b": `请将这些恢复码保存在安全的地方。如果你无法使用其他验证方式，每个恢复码可用于登录一次。`,
  "sffa03d022d27e74e": `复制恢复码`,
};
