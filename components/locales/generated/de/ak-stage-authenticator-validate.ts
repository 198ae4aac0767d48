// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Folgen Sie den Anweisungen Ihres Browsers oder Sicherheitsschlüssels.`,
  "s067e961bb67cf3f6": `Wird überprüft…`,
  "s096462425083681c": `Andere Methode wählen`,
  "s0cbfed624fc5250b": `Wir haben einen Code an Ihre E-Mail-Adresse gesendet.`,
  "s16841913159b031f": `Verwenden Sie einen Ihrer einmaligen Wiederherstellungscodes.`,
  "s2039bcdbde21fbc8": `Code per E-Mail erhalten.`,
  "s219df3716f7f9867": `Push-Benachrichtigung gesendet. Bestätigen Sie sie auf Ihrem Telefon.`,
  "s2600721a584509eb": `Bestätigungsmethode wählen`,
  "s28783c482f664cc2": `Geben Sie den Code ein, den Ihre Authenticator-App anzeigt.`,
  "s29823f9c5dcf3518": `Duo-Push-Benachrichtigung`,
  "s57768e7b027155f1": `Ihr Konto benötigt einen zweiten Faktor. Wählen Sie jetzt einen zum Einrichten.`,
  "s578781b36717c4d1": `Duo-Push-Benachrichtigungen`,
  "s5f88ff434f394bb8": `Diese Bestätigungsmethode wird hier nicht unterstützt.`,
  "s8648067b36d06985": `Codes per E-Mail`,
  "s868c61574f0b3e75": `Sicherheitsschlüssel verwenden`,
  "s8894ff7b0cb8c03c": `Code per SMS erhalten.`,
  "s88d68d4febc124b9": `Authenticator-App (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Wiederherstellungscodes`,
  "sa3adc2f19591658f": `Bestätigungsmethode einrichten`,
  "sa86003f59f31f31e": `Geben Sie einen Code aus Ihrer Authenticator-App ein.`,
  "sb05d85d765f97bed": `Textnachricht (SMS)`,
  "sc2b6c18334a4a2c4": `Bestätigen`,
  "sc4433e83b306bfd3": `Authenticator-App`,
  "sc55c40949dc31340": `Push-Benachrichtigung senden`,
  "scdc5f94539896cac": str`Wir haben einen Code an ${0} gesendet.`,
  "scfcf3d4fb8f51970": `Für Ihr Konto ist keine Bestätigungsmethode verfügbar.`,
  "sd127b9ab8f9b931f": `Wir haben einen Code an Ihr Telefon gesendet.`,
  "sd2bab2bc2f7a1d7f": `Wiederherstellungscode`,
  "sd38d233206633a58": `Bestätigen Sie eine Push-Benachrichtigung auf Ihrem Telefon.`,
  "sd53a72db6464c701": `Geben Sie einen Ihrer Wiederherstellungscodes ein. Jeder Code funktioniert nur einmal.`,
  "se4972b18ac6e6acb": `Verwenden Sie einen Sicherheitsschlüssel, einen Passkey oder die Bildschirmsperre dieses Geräts.`,
  "sfdfb27eaf46500c9": `Sicherheitsschlüssel oder Passkey`,
  "sffa044c132266f26": `Andere Methode`,
};
