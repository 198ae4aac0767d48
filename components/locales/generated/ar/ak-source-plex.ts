// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `المتابعة إلى Plex`,
  "s21fd7be5f79f1055": `حُظرت نافذة Plex. اسمح بالنوافذ المنبثقة لهذا الموقع وحاول مرة أخرى.`,
  "s331f5866a34e7922": `في انتظار Plex… أكمِل تسجيل الدخول في نافذة Plex.`,
  "s36458ec76f717fa7": `يُفتح Plex في نافذة جديدة.`,
  "s40517fa54c121238": `لم ينجح تسجيل الدخول عبر Plex. يُرجى المحاولة مرة أخرى.`,
  "s575e795c45e2d97e": `رجوع`,
  "s58faf7ea0d932452": `انتهت مهلة تسجيل الدخول عبر Plex. يُرجى المحاولة مرة أخرى.`,
  "s5e5d2ccd05427119": `أُغلقت نافذة Plex قبل اكتمال تسجيل الدخول.`,
  "s671f57e33aaed116": `تسجيل الدخول عبر Plex`,
};
