// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `このキーを認証アプリに入力し、表示されたコードを入力してください。`,
  "s02f936d07f478eb8": str`アカウント: ${0}`,
  "s14c14f1ba57a0b9b": `認証アプリ用 QR コード`,
  "s2be2d2711a1d586d": `サーバーから使用できる設定コードが送られてきませんでした。後でもう一度お試しください。`,
  "s504f4416a8304e79": `認証アプリでこの QR コードをスキャンし、表示されたコードを入力してください。`,
  "s6b2dff166538b916": str`発行者: ${0}`,
  "s9819a4ef34637240": `シークレットキー:`,
  "sa81ec213e4f13f5a": `スキャンできない場合は、キーを入力してください`,
  "sb85774dc5d18ff0f": `確認`,
  "se6c9e1118b05bb37": `認証アプリを設定`,
};
