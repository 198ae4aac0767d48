// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s12c379ad677eb01f": `Đang xác minh thiết bị của bạn…`,
  "s275ffc38e52a89c3": `Đang xác minh thiết bị của bạn`,
  "s95094b57684716a5": `Không thể xác thực thiết bị.`,
  "s9a44ca2fd1c27f4b": `Việc này cần có tác tử authentik trên thiết bị này. Nếu không có, bạn vẫn có thể tiếp tục mà không xác minh, nhưng lần đăng nhập này có thể bị từ chối.`,
  "sfedb913e05b5392b": `Tiếp tục mà không xác minh`,
};
