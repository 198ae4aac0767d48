// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { html } from 'lit';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "h8a1a64cdeb4a9ab8": html`リクエスト ID: <code>${0}</code>`,
  "sadf9ac04abb2c03e": `技術的な詳細`,
  "sb9bd4f5a3810b77e": `問題が発生しました`,
  "se66e6ed60ef5c073": `サーバーがこのフローを続行できませんでした。後でもう一度お試しください。`,
};
