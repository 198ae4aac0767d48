// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s05a7590b858f7b0e": `已登入。`,
  "s4d7fe7be1c49896c": `現在可以關閉此頁面了。`,
  "s938a222aac6f24e8": `此登入流程試圖將你導向不允許的位址。`,
  "s94d6aff76c1fa24b": `正在重新導向…`,
};
