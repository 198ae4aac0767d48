// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Hoặc mở liên kết kích hoạt này trên điện thoại:`,
  "s4813d6c35eefb68c": `Mã kích hoạt này không còn hợp lệ. Hãy bắt đầu lại để nhận mã mới.`,
  "s4decfcf41abd7f1c": `Quét mã này bằng ứng dụng Duo Mobile để kích hoạt điện thoại của bạn.`,
  "s6f110f7fed7a2f77": `Kiểm tra ngay`,
  "s924e96f7db9ea701": `Đang chờ kích hoạt…`,
  "s991eb34760cbd249": `Không thể kiểm tra việc kích hoạt. Vui lòng thử lại.`,
  "sc2ec367e3108fe65": `Mã QR kích hoạt Duo`,
  "sec5f2bec990561f0": `Thiết lập Duo`,
  "sf60322177202a81e": `Điện thoại của bạn chưa được kích hoạt. Hãy quét mã rồi kiểm tra lại.`,
};
