// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `ブラウザーまたはセキュリティキーの指示に従ってください。`,
  "s067e961bb67cf3f6": `確認しています…`,
  "s096462425083681c": `別の方法を選択`,
  "s0cbfed624fc5250b": `メールアドレスにコードを送信しました。`,
  "s16841913159b031f": `使い捨てのリカバリーコードを 1 つ使用してください。`,
  "s2039bcdbde21fbc8": `メールでコードを受け取ります。`,
  "s219df3716f7f9867": `プッシュ通知を送信しました。スマートフォンで承認してください。`,
  "s2600721a584509eb": `確認方法を選択`,
  "s28783c482f664cc2": `認証アプリに表示されたコードを入力してください。`,
  "s29823f9c5dcf3518": `Duo プッシュ通知`,
  "s57768e7b027155f1": `お使いのアカウントには 2 つ目の要素が必要です。今すぐ設定する方法を選んでください。`,
  "s578781b36717c4d1": `Duo プッシュ通知`,
  "s5f88ff434f394bb8": `この確認方法はここでは利用できません。`,
  "s8648067b36d06985": `メールでのコード`,
  "s868c61574f0b3e75": `セキュリティキーを使用`,
  "s8894ff7b0cb8c03c": `SMS でコードを受け取ります。`,
  "s88d68d4febc124b9": `認証アプリ (TOTP)`,
  "s8d5ac1c4ac7f5b64": `リカバリーコード`,
  "sa3adc2f19591658f": `確認方法を設定`,
  "sa86003f59f31f31e": `認証アプリのコードを入力してください。`,
  "sb05d85d765f97bed": `テキストメッセージ (SMS)`,
  "sc2b6c18334a4a2c4": `確認`,
  "sc4433e83b306bfd3": `認証アプリ`,
  "sc55c40949dc31340": `プッシュ通知を送信`,
  "scdc5f94539896cac": str`${0} にコードを送信しました。`,
  "scfcf3d4fb8f51970": `お使いのアカウントで利用できる確認方法がありません。`,
  "sd127b9ab8f9b931f": `お使いの電話にコードを送信しました。`,
  "sd2bab2bc2f7a1d7f": `リカバリーコード`,
  "sd38d233206633a58": `スマートフォンのプッシュ通知を承認してください。`,
  "sd53a72db6464c701": `リカバリーコードを 1 つ入力してください。各コードは 1 回だけ使えます。`,
  "se4972b18ac6e6acb": `セキュリティキー、パスキー、またはこのデバイスの画面ロックを使用してください。`,
  "sfdfb27eaf46500c9": `セキュリティキーまたはパスキー`,
  "sffa044c132266f26": `その他の方法`,
};
