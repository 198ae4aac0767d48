// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s059ae141d87a003e": `Tiếp tục trong cửa sổ Apple.`,
  "s0ab3736c634bd765": `Đăng nhập bằng Apple đã bị hủy hoặc không thành công.`,
  "s575e795c45e2d97e": `Quay lại`,
  "s74846f6239abeabc": `Không tải được Đăng nhập bằng Apple. Hãy kiểm tra kết nối rồi thử lại.`,
  "s77c9437cd7bfee62": `Đang mở đăng nhập Apple…`,
  "s7d0f706e3cf4fa41": `Đang đăng nhập bằng Apple…`,
};
