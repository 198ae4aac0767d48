// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s016d9ed8002561de": `Wpisz ten klucz w aplikacji uwierzytelniającej, a następnie wpisz wyświetlony przez nią kod.`,
  "s02f936d07f478eb8": str`Konto: ${0}`,
  "s14c14f1ba57a0b9b": `Kod QR dla aplikacji uwierzytelniającej`,
  "s2be2d2711a1d586d": `Serwer nie wysłał użytecznego kodu konfiguracji. Spróbuj ponownie później.`,
  "s504f4416a8304e79": `Zeskanuj ten kod QR aplikacją uwierzytelniającą, a następnie wpisz wyświetlony kod.`,
  "s6b2dff166538b916": str`Wystawca: ${0}`,
  "s9819a4ef34637240": `Klucz tajny:`,
  "sa81ec213e4f13f5a": `Nie możesz zeskanować kodu? Wpisz klucz`,
  "sb85774dc5d18ff0f": `Potwierdź`,
  "se6c9e1118b05bb37": `Skonfiguruj aplikację uwierzytelniającą`,
};
