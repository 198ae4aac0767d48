// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `Tải mã xuống`,
  "s114e6e1944bc6a8f": `Tôi đã lưu các mã`,
  "s32725e8198d3f68d": `Đã sao chép mã vào bảng nhớ tạm.`,
  "s598ec4089e18a612": `Không sao chép được. Hãy chọn các mã và tự sao chép.`,
  "s7453257f57952a30": `Lưu các mã khôi phục`,
  "s8d5ac1c4ac7f5b64": `Mã khôi phục`,
  "sbe4bbc708c984a4c": `Đã tải mã xuống.`,
  "sd05ace09aea8e64b": `Hãy cất giữ các mã này ở nơi an toàn. Mỗi mã cho phép bạn đăng nhập một lần nếu mất các phương thức khác.`,
  "sffa03d022d27e74e": `Sao chép mã`,
};
