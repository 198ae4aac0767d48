// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Noudata selaimen tai suojausavaimen ohjeita.`,
  "s067e961bb67cf3f6": `Vahvistetaan…`,
  "s096462425083681c": `Valitse toinen tapa`,
  "s0cbfed624fc5250b": `Lähetimme koodin sähköpostiisi.`,
  "s16841913159b031f": `Käytä yhtä kertakäyttöisistä palautuskoodeistasi.`,
  "s2039bcdbde21fbc8": `Saat koodin sähköpostiin.`,
  "s219df3716f7f9867": `Push-ilmoitus lähetettiin. Hyväksy se puhelimessasi.`,
  "s2600721a584509eb": `Valitse vahvistustapa`,
  "s28783c482f664cc2": `Syötä todennussovelluksesi näyttämä koodi.`,
  "s29823f9c5dcf3518": `Duo-push-ilmoitus`,
  "s57768e7b027155f1": `Tilisi tarvitsee toisen tunnistustekijän. Valitse nyt käyttöön otettava.`,
  "s578781b36717c4d1": `Duo-push-ilmoitukset`,
  "s5f88ff434f394bb8": `Tätä vahvistustapaa ei tueta täällä.`,
  "s8648067b36d06985": `Sähköpostikoodit`,
  "s868c61574f0b3e75": `Käytä suojausavainta`,
  "s8894ff7b0cb8c03c": `Saat koodin tekstiviestillä.`,
  "s88d68d4febc124b9": `Todennussovellus (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Palautuskoodit`,
  "sa3adc2f19591658f": `Ota vahvistustapa käyttöön`,
  "sa86003f59f31f31e": `Syötä todennussovelluksesi koodi.`,
  "sb05d85d765f97bed": `Tekstiviesti (SMS)`,
  "sc2b6c18334a4a2c4": `Vahvista`,
  "sc4433e83b306bfd3": `Todennussovellus`,
  "sc55c40949dc31340": `Lähetä push-ilmoitus`,
  "scdc5f94539896cac": str`Lähetimme koodin osoitteeseen ${0}.`,
  "scfcf3d4fb8f51970": `Tilillesi ei ole käytettävissä vahvistustapaa.`,
  "sd127b9ab8f9b931f": `Lähetimme koodin puhelimeesi.`,
  "sd2bab2bc2f7a1d7f": `Palautuskoodi`,
  "sd38d233206633a58": `Hyväksy push-ilmoitus puhelimessasi.`,
  "sd53a72db6464c701": `Syötä yksi palautuskoodeistasi. Kukin koodi toimii vain kerran.`,
  "se4972b18ac6e6acb": `Käytä suojausavainta, pääsyavainta tai tämän laitteen näytön lukitusta.`,
  "sfdfb27eaf46500c9": `Suojausavain tai pääsyavain`,
  "sffa044c132266f26": `Muu menetelmä`,
};
