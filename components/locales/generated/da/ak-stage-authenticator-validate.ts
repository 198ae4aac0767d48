// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Følg anvisningerne fra din browser eller sikkerhedsnøgle.`,
  "s067e961bb67cf3f6": `Bekræfter…`,
  "s096462425083681c": `Vælg en anden metode`,
  "s0cbfed624fc5250b": `Vi har sendt en kode til din e-mailadresse.`,
  "s16841913159b031f": `Brug en af dine engangskoder til gendannelse.`,
  "s2039bcdbde21fbc8": `Få en kode via e-mail.`,
  "s219df3716f7f9867": `Der er sendt en pushnotifikation. Godkend den på din telefon.`,
  "s2600721a584509eb": `Vælg en bekræftelsesmetode`,
  "s28783c482f664cc2": `Indtast den kode, din godkendelsesapp viser.`,
  "s29823f9c5dcf3518": `Pushnotifikation fra Duo`,
  "s57768e7b027155f1": `Din konto kræver en ekstra faktor. Vælg en, du vil konfigurere nu.`,
  "s578781b36717c4d1": `Pushnotifikationer fra Duo`,
  "s5f88ff434f394bb8": `Denne bekræftelsesmetode understøttes ikke her.`,
  "s8648067b36d06985": `Koder via e-mail`,
  "s868c61574f0b3e75": `Brug sikkerhedsnøgle`,
  "s8894ff7b0cb8c03c": `Få en kode via sms.`,
  "s88d68d4febc124b9": `Godkendelsesapp (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Gendannelseskoder`,
  "sa3adc2f19591658f": `Konfigurer en bekræftelsesmetode`,
  "sa86003f59f31f31e": `Indtast en kode fra din godkendelsesapp.`,
  "sb05d85d765f97bed": `Sms`,
  "sc2b6c18334a4a2c4": `Bekræft`,
  "sc4433e83b306bfd3": `Godkendelsesapp`,
  "sc55c40949dc31340": `Send pushnotifikation`,
  "scdc5f94539896cac": str`Vi har sendt en kode til ${0}.`,
  "scfcf3d4fb8f51970": `Der er ingen bekræftelsesmetode tilgængelig for din konto.`,
  "sd127b9ab8f9b931f": `Vi har sendt en kode til din telefon.`,
  "sd2bab2bc2f7a1d7f": `Gendannelseskode`,
  "sd38d233206633a58": `Godkend en pushnotifikation på din telefon.`,
  "sd53a72db6464c701": `Indtast en af dine gendannelseskoder. Hver kode virker én gang.`,
  "se4972b18ac6e6acb": `Brug en sikkerhedsnøgle, en adgangsnøgle eller denne enheds skærmlås.`,
  "sfdfb27eaf46500c9": `Sikkerhedsnøgle eller adgangsnøgle`,
  "sffa044c132266f26": `Anden metode`,
};
