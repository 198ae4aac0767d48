// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Postępuj zgodnie z instrukcjami przeglądarki lub klucza bezpieczeństwa.`,
  "s067e961bb67cf3f6": `Weryfikowanie…`,
  "s096462425083681c": `Wybierz inną metodę`,
  "s0cbfed624fc5250b": `Wysłaliśmy kod na Twój adres e-mail.`,
  "s16841913159b031f": `Użyj jednego z jednorazowych kodów odzyskiwania.`,
  "s2039bcdbde21fbc8": `Otrzymaj kod e-mailem.`,
  "s219df3716f7f9867": `Wysłano powiadomienie push. Zatwierdź je na telefonie.`,
  "s2600721a584509eb": `Wybierz metodę weryfikacji`,
  "s28783c482f664cc2": `Wpisz kod wyświetlany przez aplikację uwierzytelniającą.`,
  "s29823f9c5dcf3518": `Powiadomienie push Duo`,
  "s57768e7b027155f1": `Twoje konto wymaga drugiego składnika. Wybierz jeden i skonfiguruj go teraz.`,
  "s578781b36717c4d1": `Powiadomienia push Duo`,
  "s5f88ff434f394bb8": `Ta metoda weryfikacji nie jest tu obsługiwana.`,
  "s8648067b36d06985": `Kody e-mailem`,
  "s868c61574f0b3e75": `Użyj klucza bezpieczeństwa`,
  "s8894ff7b0cb8c03c": `Otrzymaj kod SMS-em.`,
  "s88d68d4febc124b9": `Aplikacja uwierzytelniająca (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Kody odzyskiwania`,
  "sa3adc2f19591658f": `Skonfiguruj metodę weryfikacji`,
  "sa86003f59f31f31e": `Wpisz kod z aplikacji uwierzytelniającej.`,
  "sb05d85d765f97bed": `Wiadomość tekstowa (SMS)`,
  "sc2b6c18334a4a2c4": `Zweryfikuj`,
  "sc4433e83b306bfd3": `Aplikacja uwierzytelniająca`,
  "sc55c40949dc31340": `Wyślij powiadomienie push`,
  "scdc5f94539896cac": str`Wysłaliśmy kod na adres ${0}.`,
  "scfcf3d4fb8f51970": `Dla Twojego konta nie jest dostępna żadna metoda weryfikacji.`,
  "sd127b9ab8f9b931f": `Wysłaliśmy kod na Twój telefon.`,
  "sd2bab2bc2f7a1d7f": `Kod odzyskiwania`,
  "sd38d233206633a58": `Zatwierdź powiadomienie push na telefonie.`,
  "sd53a72db6464c701": `Wpisz jeden z kodów odzyskiwania. Każdy kod działa tylko raz.`,
  "se4972b18ac6e6acb": `Użyj klucza bezpieczeństwa, klucza dostępu lub blokady ekranu tego urządzenia.`,
  "sfdfb27eaf46500c9": `Klucz bezpieczeństwa lub klucz dostępu`,
  "sffa044c132266f26": `Inna metoda`,
};
