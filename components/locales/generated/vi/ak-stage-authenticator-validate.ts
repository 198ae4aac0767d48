// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Làm theo hướng dẫn của trình duyệt hoặc khóa bảo mật.`,
  "s067e961bb67cf3f6": `Đang xác minh…`,
  "s096462425083681c": `Chọn phương thức khác`,
  "s0cbfed624fc5250b": `Chúng tôi đã gửi mã đến địa chỉ email của bạn.`,
  "s16841913159b031f": `Dùng một trong các mã khôi phục dùng một lần của bạn.`,
  "s2039bcdbde21fbc8": `Nhận mã qua email.`,
  "s219df3716f7f9867": `Đã gửi thông báo đẩy. Hãy chấp thuận trên điện thoại.`,
  "s2600721a584509eb": `Chọn phương thức xác minh`,
  "s28783c482f664cc2": `Nhập mã mà ứng dụng xác thực đang hiển thị.`,
  "s29823f9c5dcf3518": `Thông báo đẩy Duo`,
  "s57768e7b027155f1": `Tài khoản của bạn cần thêm yếu tố xác thực thứ hai. Hãy chọn một phương thức để thiết lập ngay.`,
  "s578781b36717c4d1": `Thông báo đẩy Duo`,
  "s5f88ff434f394bb8": `Phương thức xác minh này không được hỗ trợ ở đây.`,
  "s8648067b36d06985": `Mã qua email`,
  "s868c61574f0b3e75": `Dùng khóa bảo mật`,
  "s8894ff7b0cb8c03c": `Nhận mã qua tin nhắn.`,
  "s88d68d4febc124b9": `Ứng dụng xác thực (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Mã khôi phục`,
  "sa3adc2f19591658f": `Thiết lập phương thức xác minh`,
  "sa86003f59f31f31e": `Nhập mã từ ứng dụng xác thực của bạn.`,
  "sb05d85d765f97bed": `Tin nhắn văn bản (SMS)`,
  "sc2b6c18334a4a2c4": `Xác minh`,
  "sc4433e83b306bfd3": `Ứng dụng xác thực`,
  "sc55c40949dc31340": `Gửi thông báo đẩy`,
  "scdc5f94539896cac": str`Chúng tôi đã gửi mã đến ${0}.`,
  "scfcf3d4fb8f51970": `Tài khoản của bạn không có phương thức xác minh nào khả dụng.`,
  "sd127b9ab8f9b931f": `Chúng tôi đã gửi mã đến điện thoại của bạn.`,
  "sd2bab2bc2f7a1d7f": `Mã khôi phục`,
  "sd38d233206633a58": `Chấp thuận thông báo đẩy trên điện thoại.`,
  "sd53a72db6464c701": `Nhập một trong các mã khôi phục. Mỗi mã chỉ dùng được một lần.`,
  "se4972b18ac6e6acb": `Dùng khóa bảo mật, khóa truy cập hoặc khóa màn hình của thiết bị này.`,
  "sfdfb27eaf46500c9": `Khóa bảo mật hoặc khóa truy cập`,
  "sffa044c132266f26": `Phương thức khác`,
};
