// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `또는 휴대전화에서 이 활성화 링크를 여세요:`,
  "s4813d6c35eefb68c": `이 활성화 코드는 더 이상 유효하지 않습니다. 처음부터 다시 시작하여 새 코드를 받으세요.`,
  "s4decfcf41abd7f1c": `Duo Mobile 앱으로 이 코드를 스캔하여 휴대전화를 활성화하세요.`,
  "s6f110f7fed7a2f77": `지금 확인`,
  "s924e96f7db9ea701": `활성화를 기다리는 중…`,
  "s991eb34760cbd249": `활성화를 확인할 수 없습니다. 다시 시도하세요.`,
  "sc2ec367e3108fe65": `Duo 활성화 QR 코드`,
  "sec5f2bec990561f0": `Duo 설정`,
  "sf60322177202a81e": `휴대폰이 아직 활성화되지 않았습니다. 코드를 스캔한 다음 다시 확인하세요.`,
};
