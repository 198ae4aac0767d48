// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `코드 보내기`,
  "s6b7e77d7072c373e": `국가 번호를 포함하세요(예: +82 10 1234 5678).`,
  "s9f2d165631ec2a81": `문자 메시지 로그인 코드`,
  "sb85774dc5d18ff0f": `확인`,
  "sc0a0c87d5c556c38": `전화번호`,
  "sd127b9ab8f9b931f": `휴대전화로 코드를 보냈습니다.`,
};
