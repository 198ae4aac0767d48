// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s7073489bb01b3c24": `애플리케이션이 이미 다음 권한에 접근할 수 있습니다:`,
  "s9934d44c54704909": `애플리케이션에 다음 새 권한이 필요합니다:`,
  "s9ec08725bedad61f": `애플리케이션에 다음 권한이 필요합니다:`,
};
