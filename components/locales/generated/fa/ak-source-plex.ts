// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0caa38c9f38c29be": `ادامه به Plex`,
  "s21fd7be5f79f1055": `پنجرهٔ Plex مسدود شد. پنجره‌های بازشو را برای این سایت مجاز کنید و دوباره تلاش کنید.`,
  "s331f5866a34e7922": `در انتظار Plex… ورود را در پنجرهٔ Plex به پایان برسانید.`,
  "s36458ec76f717fa7": `Plex در پنجره‌ای جدید باز می‌شود.`,
  "s40517fa54c121238": `ورود با Plex انجام نشد. لطفاً دوباره تلاش کنید.`,
  "s575e795c45e2d97e": `بازگشت`,
  "s58faf7ea0d932452": `مهلت ورود با Plex تمام شد. لطفاً دوباره تلاش کنید.`,
  "s5e5d2ccd05427119": `پنجرهٔ Plex پیش از پایان ورود بسته شد.`,
  "s671f57e33aaed116": `ورود با Plex`,
};
