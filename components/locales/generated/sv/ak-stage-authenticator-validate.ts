// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Följ anvisningarna från webbläsaren eller säkerhetsnyckeln.`,
  "s067e961bb67cf3f6": `Verifierar…`,
  "s096462425083681c": `Välj en annan metod`,
  "s0cbfed624fc5250b": `Vi har skickat en kod till din e-postadress.`,
  "s16841913159b031f": `Använd en av dina engångskoder för återställning.`,
  "s2039bcdbde21fbc8": `Få en kod via e-post.`,
  "s219df3716f7f9867": `En pushnotis har skickats. Godkänn den på telefonen.`,
  "s2600721a584509eb": `Välj verifieringsmetod`,
  "s28783c482f664cc2": `Ange koden som din autentiseringsapp visar.`,
  "s29823f9c5dcf3518": `Pushnotis från Duo`,
  "s57768e7b027155f1": `Ditt konto behöver en andra faktor. Välj en att konfigurera nu.`,
  "s578781b36717c4d1": `Pushnotiser från Duo`,
  "s5f88ff434f394bb8": `Den här verifieringsmetoden stöds inte här.`,
  "s8648067b36d06985": `Koder via e-post`,
  "s868c61574f0b3e75": `Använd säkerhetsnyckel`,
  "s8894ff7b0cb8c03c": `Få en kod via sms.`,
  "s88d68d4febc124b9": `Autentiseringsapp (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Återställningskoder`,
  "sa3adc2f19591658f": `Konfigurera en verifieringsmetod`,
  "sa86003f59f31f31e": `Ange en kod från din autentiseringsapp.`,
  "sb05d85d765f97bed": `Sms`,
  "sc2b6c18334a4a2c4": `Verifiera`,
  "sc4433e83b306bfd3": `Autentiseringsapp`,
  "sc55c40949dc31340": `Skicka pushnotis`,
  "scdc5f94539896cac": str`Vi har skickat en kod till ${0}.`,
  "scfcf3d4fb8f51970": `Det finns ingen verifieringsmetod för ditt konto.`,
  "sd127b9ab8f9b931f": `Vi har skickat en kod till din telefon.`,
  "sd2bab2bc2f7a1d7f": `Återställningskod`,
  "sd38d233206633a58": `Godkänn en pushnotis på telefonen.`,
  "sd53a72db6464c701": `Ange en av dina återställningskoder. Varje kod fungerar en gång.`,
  "se4972b18ac6e6acb": `Använd en säkerhetsnyckel, en nyckel för inloggning eller enhetens skärmlås.`,
  "sfdfb27eaf46500c9": `Säkerhetsnyckel eller nyckel för inloggning`,
  "sffa044c132266f26": `Annan metod`,
};
