// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0db1981e3ec8c17b": `Telegram 로그인을 불러올 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.`,
  "s575e795c45e2d97e": `돌아가기`,
  "s76ea993fdc8503d8": `시작하려면 아래 버튼을 클릭하세요.`,
  "se5f0cc492e939608": `Telegram으로 로그인하는 중`,
};
