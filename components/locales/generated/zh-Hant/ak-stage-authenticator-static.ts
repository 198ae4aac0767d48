// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `下載復原碼`,
  "s114e6e1944bc6a8f": `我已儲存復原碼`,
  "s32725e8198d3f68d": `已將復原碼複製到剪貼簿。`,
  "s598ec4089e18a612": `無法複製。請選取復原碼並自行複製。`,
  "s7453257f57952a30": `儲存你的復原碼`,
  "s8d5ac1c4ac7f5b64": `復原碼`,
  "sbe4bbc708c984a4c": `已下載復原碼。`,
  "sd05ace09aea8e64b": `請將這些復原碼存放在安全的地方。如果無法使用其他方式，每組復原碼都可讓你登入一次。`,
  "sffa03d022d27e74e": `複製復原碼`,
};
