// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s012dc58563761f82": `Chúng tôi đã gửi cho bạn một email có liên kết. Mở liên kết để tiếp tục; bạn có thể đóng trang này.`,
  "s14dffd4fb4d2ac09": `Đã gửi lại email.`,
  "s829c029ff2b2f5ce": `Hãy kiểm tra hộp thư đến`,
  "s95fad300a7938b80": `Gửi lại email`,
};
