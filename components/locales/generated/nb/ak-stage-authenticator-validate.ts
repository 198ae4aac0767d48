// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Følg instruksjonene fra nettleseren eller sikkerhetsnøkkelen.`,
  "s067e961bb67cf3f6": `Bekrefter …`,
  "s096462425083681c": `Velg en annen metode`,
  "s0cbfed624fc5250b": `Vi har sendt en kode til e-postadressen din.`,
  "s16841913159b031f": `Bruk en av engangskodene for gjenoppretting.`,
  "s2039bcdbde21fbc8": `Få en kode på e-post.`,
  "s219df3716f7f9867": `Pushvarsel sendt. Godkjenn det på telefonen.`,
  "s2600721a584509eb": `Velg bekreftelsesmetode`,
  "s28783c482f664cc2": `Skriv inn koden autentiseringsappen viser.`,
  "s29823f9c5dcf3518": `Pushvarsel fra Duo`,
  "s57768e7b027155f1": `Kontoen din trenger en ekstra faktor. Velg én å konfigurere nå.`,
  "s578781b36717c4d1": `Pushvarsler fra Duo`,
  "s5f88ff434f394bb8": `Denne bekreftelsesmetoden støttes ikke her.`,
  "s8648067b36d06985": `Koder på e-post`,
  "s868c61574f0b3e75": `Bruk sikkerhetsnøkkel`,
  "s8894ff7b0cb8c03c": `Få en kode på SMS.`,
  "s88d68d4febc124b9": `Autentiseringsapp (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Gjenopprettingskoder`,
  "sa3adc2f19591658f": `Konfigurer en bekreftelsesmetode`,
  "sa86003f59f31f31e": `Skriv inn en kode fra autentiseringsappen.`,
  "sb05d85d765f97bed": `Tekstmelding (SMS)`,
  "sc2b6c18334a4a2c4": `Bekreft`,
  "sc4433e83b306bfd3": `Autentiseringsapp`,
  "sc55c40949dc31340": `Send pushvarsel`,
  "scdc5f94539896cac": str`Vi har sendt en kode til ${0}.`,
  "scfcf3d4fb8f51970": `Ingen bekreftelsesmetode er tilgjengelig for kontoen din.`,
  "sd127b9ab8f9b931f": `Vi har sendt en kode til telefonen din.`,
  "sd2bab2bc2f7a1d7f": `Gjenopprettingskode`,
  "sd38d233206633a58": `Godkjenn et pushvarsel på telefonen.`,
  "sd53a72db6464c701": `Skriv inn en av gjenopprettingskodene. Hver kode virker én gang.`,
  "se4972b18ac6e6acb": `Bruk en sikkerhetsnøkkel, en tilgangsnøkkel eller skjermlåsen på denne enheten.`,
  "sfdfb27eaf46500c9": `Sikkerhetsnøkkel eller tilgangsnøkkel`,
  "sffa044c132266f26": `Annen metode`,
};
