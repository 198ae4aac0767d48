// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0fecd301e83fccef": `ứng dụng SAML`,
  "sca83a1f9227f74b9": `Đã đăng xuất SAML xong`,
  "scf256c45383195ab": `Lần đăng xuất này đã cố chuyển bạn đến một địa chỉ không được phép.`,
  "se016e56a597abe3c": str`Đang đăng xuất bạn khỏi ${0}…`,
};
