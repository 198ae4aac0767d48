// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { html } from 'lit';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "h8a1a64cdeb4a9ab8": html`요청 ID: <code>${0}</code>`,
  "sadf9ac04abb2c03e": `기술 세부 정보`,
  "sb9bd4f5a3810b77e": `문제가 발생했습니다`,
  "se66e6ed60ef5c073": `서버가 이 흐름을 계속할 수 없습니다. 나중에 다시 시도하세요.`,
};
