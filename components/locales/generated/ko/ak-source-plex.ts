// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `Plex로 계속`,
  "s21fd7be5f79f1055": `Plex 창이 차단되었습니다. 이 사이트의 팝업을 허용한 후 다시 시도하세요.`,
  "s331f5866a34e7922": `Plex를 기다리는 중… Plex 창에서 로그인을 완료하세요.`,
  "s36458ec76f717fa7": `Plex가 새 창에서 열립니다.`,
  "s40517fa54c121238": `Plex로 로그인하지 못했습니다. 다시 시도하세요.`,
  "s575e795c45e2d97e": `돌아가기`,
  "s58faf7ea0d932452": `Plex 로그인 시간이 초과되었습니다. 다시 시도하세요.`,
  "s5e5d2ccd05427119": `로그인이 완료되기 전에 Plex 창이 닫혔습니다.`,
  "s671f57e33aaed116": `Plex로 로그인`,
};
