// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Nhập khóa này vào ứng dụng xác thực, sau đó nhập mã mà ứng dụng hiển thị.`,
  "s02f936d07f478eb8": str`Tài khoản: ${0}`,
  "s14c14f1ba57a0b9b": `Mã QR cho ứng dụng xác thực của bạn`,
  "s2be2d2711a1d586d": `Máy chủ không gửi mã thiết lập hợp lệ. Vui lòng thử lại sau.`,
  "s504f4416a8304e79": `Quét mã QR này bằng ứng dụng xác thực, rồi nhập mã mà ứng dụng hiển thị.`,
  "s6b2dff166538b916": str`Bên phát hành: ${0}`,
  "s9819a4ef34637240": `Khóa bí mật:`,
  "sa81ec213e4f13f5a": `Không quét được mã? Hãy nhập khóa`,
  "sb85774dc5d18ff0f": `Xác nhận`,
  "se6c9e1118b05bb37": `Thiết lập ứng dụng xác thực`,
};
