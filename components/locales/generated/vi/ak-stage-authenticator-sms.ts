// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `Gửi mã`,
  "s6b7e77d7072c373e": `Hãy nhập cả mã quốc gia, ví dụ +84 912 345 678.`,
  "s9f2d165631ec2a81": `Mã đăng nhập qua tin nhắn`,
  "sb85774dc5d18ff0f": `Xác nhận`,
  "sc0a0c87d5c556c38": `Số điện thoại`,
  "sd127b9ab8f9b931f": `Chúng tôi đã gửi mã đến điện thoại của bạn.`,
};
