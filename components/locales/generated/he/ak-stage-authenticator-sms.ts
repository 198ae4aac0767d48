// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s393fa33e92e1b35c": `שליחת קוד`,
  "s6b7e77d7072c373e": `יש לכלול את קידומת המדינה, למשל ‎+972 50 123 4567.`,
  "s9f2d165631ec2a81": `קודי כניסה ב־SMS`,
  "sb85774dc5d18ff0f": `אישור`,
  "sc0a0c87d5c556c38": `מספר טלפון`,
  "sd127b9ab8f9b931f": `שלחנו קוד לטלפון שלך.`,
};
