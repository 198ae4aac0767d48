// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s1d137afd53af0412": `애플리케이션으로 돌아가기`,
  "sa5c3a21cbc762ce9": str`${0}에서 로그아웃했습니다.`,
  "sc17d6bd769c3acc9": str`${0}(으)로 돌아가기`,
  "sdb749e793de55478": str`${0}에서 로그아웃`,
  "se146cd96a9e8d8d0": `로그아웃했습니다.`,
  "sf75a2951784d9901": str`애플리케이션으로 돌아가거나 ${0}에서도 로그아웃할 수 있습니다.`,
};
