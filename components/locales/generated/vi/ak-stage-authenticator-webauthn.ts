// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Làm theo hướng dẫn của trình duyệt hoặc khóa bảo mật.`,
  "s2c15b9b13a3e2a80": `Đăng ký`,
  "s942caaa174333901": `Dùng khóa bảo mật, khóa truy cập hoặc khóa màn hình của thiết bị này. Trình duyệt sẽ hướng dẫn bạn.`,
  "scf2d3d1d72cccd95": `Đăng ký khóa bảo mật hoặc khóa truy cập`,
};
