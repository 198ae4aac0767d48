// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s0b735284c8b54a83": `بارگیری کدها`,
  "s114e6e1944bc6a8f": `کدهایم را ذخیره کردم`,
  "s32725e8198d3f68d": `کدها در بریده‌دان کپی شدند.`,
  "s598ec4089e18a612": `کپی ممکن نشد. کدها را انتخاب و خودتان کپی کنید.`,
  "s7453257f57952a30": `کدهای بازیابی را ذخیره کنید`,
  "s8d5ac1c4ac7f5b64": `کدهای بازیابی`,
  "sbe4bbc708c984a4c": `کدها بارگیری شدند.`,
  "sd05ace09aea8e64b": `این کدها را در جای امنی نگه دارید. اگر روش‌های دیگرتان را از دست بدهید، با هر کد یک بار می‌توانید وارد شوید.`,
  "sffa03d022d27e74e": `کپی کدها`,
};
