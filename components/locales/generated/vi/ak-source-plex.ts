// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Tiếp tục đến Plex`,
  "s21fd7be5f79f1055": `Cửa sổ Plex đã bị chặn. Hãy cho phép cửa sổ bật lên cho trang web này rồi thử lại.`,
  "s331f5866a34e7922": `Đang chờ Plex… Hãy hoàn tất đăng nhập trong cửa sổ Plex.`,
  "s36458ec76f717fa7": `Plex sẽ mở trong cửa sổ mới.`,
  "s40517fa54c121238": `Đăng nhập bằng Plex không thành công. Vui lòng thử lại.`,
  "s575e795c45e2d97e": `Quay lại`,
  "s58faf7ea0d932452": `Đăng nhập bằng Plex đã hết thời gian chờ. Vui lòng thử lại.`,
  "s5e5d2ccd05427119": `Cửa sổ Plex đã bị đóng trước khi đăng nhập xong.`,
  "s671f57e33aaed116": `Đăng nhập bằng Plex`,
};
