// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `或在手机上打开此激活链接：`,
  "s4813d6c35eefb68c": `此激活码已失效。请重新开始以获取新的激活码。`,
  "s4decfcf41abd7f1c": `请用 Duo Mobile 应用扫描此二维码以激活你的手机。`,
  "s6f110f7fed7a2f77": `立即检查`,
  "s924e96f7db9ea701": `正在等待激活…`,
  "s991eb34760cbd249": `无法检查激活状态。请重试。`,
  "sc2ec367e3108fe65": `Duo 激活二维码`,
  "sec5f2bec990561f0": `设置 Duo`,
  "sf60322177202a81e": `您的手机尚未激活。请扫描二维码，然后再次检查。`,
};
