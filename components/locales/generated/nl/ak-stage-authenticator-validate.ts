// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Volg de instructies van je browser of beveiligingssleutel.`,
  "s067e961bb67cf3f6": `Bezig met verifiëren…`,
  "s096462425083681c": `Andere methode kiezen`,
  "s0cbfed624fc5250b": `We hebben een code naar je e-mailadres gestuurd.`,
  "s16841913159b031f": `Gebruik een van je herstelcodes voor eenmalig gebruik.`,
  "s2039bcdbde21fbc8": `Ontvang een code per e-mail.`,
  "s219df3716f7f9867": `Pushmelding verstuurd. Keur hem goed op je telefoon.`,
  "s2600721a584509eb": `Kies een verificatiemethode`,
  "s28783c482f664cc2": `Voer de code in die je authenticator-app toont.`,
  "s29823f9c5dcf3518": `Duo-pushmelding`,
  "s57768e7b027155f1": `Je account heeft een tweede factor nodig. Kies er nu een om in te stellen.`,
  "s578781b36717c4d1": `Duo-pushmeldingen`,
  "s5f88ff434f394bb8": `Deze verificatiemethode wordt hier niet ondersteund.`,
  "s8648067b36d06985": `Codes per e-mail`,
  "s868c61574f0b3e75": `Beveiligingssleutel gebruiken`,
  "s8894ff7b0cb8c03c": `Ontvang een code per sms.`,
  "s88d68d4febc124b9": `Authenticator-app (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Herstelcodes`,
  "sa3adc2f19591658f": `Verificatiemethode instellen`,
  "sa86003f59f31f31e": `Voer een code uit je authenticator-app in.`,
  "sb05d85d765f97bed": `Sms-bericht`,
  "sc2b6c18334a4a2c4": `Verifiëren`,
  "sc4433e83b306bfd3": `Authenticator-app`,
  "sc55c40949dc31340": `Pushmelding versturen`,
  "scdc5f94539896cac": str`We hebben een code gestuurd naar ${0}.`,
  "scfcf3d4fb8f51970": `Er is geen verificatiemethode beschikbaar voor je account.`,
  "sd127b9ab8f9b931f": `We hebben een code naar je telefoon gestuurd.`,
  "sd2bab2bc2f7a1d7f": `Herstelcode`,
  "sd38d233206633a58": `Keur een pushmelding op je telefoon goed.`,
  "sd53a72db6464c701": `Voer een van je herstelcodes in. Elke code werkt maar één keer.`,
  "se4972b18ac6e6acb": `Gebruik een beveiligingssleutel, een passkey of de schermvergrendeling van dit apparaat.`,
  "sfdfb27eaf46500c9": `Beveiligingssleutel of passkey`,
  "sffa044c132266f26": `Andere methode`,
};
