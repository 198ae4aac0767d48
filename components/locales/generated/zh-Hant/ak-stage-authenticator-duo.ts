// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `或在手機上開啟此啟用連結：`,
  "s4813d6c35eefb68c": `此啟用碼已失效。請重新開始以取得新的啟用碼。`,
  "s4decfcf41abd7f1c": `請用 Duo Mobile 應用程式掃描此 QR 碼，以啟用你的手機。`,
  "s6f110f7fed7a2f77": `立即檢查`,
  "s924e96f7db9ea701": `正在等待啟用…`,
  "s991eb34760cbd249": `無法檢查啟用狀態。請再試一次。`,
  "sc2ec367e3108fe65": `Duo 啟用 QR 碼`,
  "sec5f2bec990561f0": `設定 Duo`,
  "sf60322177202a81e": `您的手機尚未啟用。請掃描條碼，然後再檢查一次。`,
};
