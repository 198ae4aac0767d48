// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Postupujte podle pokynů prohlížeče nebo bezpečnostního klíče.`,
  "s067e961bb67cf3f6": `Ověřuje se…`,
  "s096462425083681c": `Zvolit jiný způsob`,
  "s0cbfed624fc5250b": `Poslali jsme kód na váš e-mail.`,
  "s16841913159b031f": `Použijte jeden ze svých jednorázových záložních kódů.`,
  "s2039bcdbde21fbc8": `Získat kód e-mailem.`,
  "s219df3716f7f9867": `Push oznámení odesláno. Schvalte ho v telefonu.`,
  "s2600721a584509eb": `Zvolte způsob ověření`,
  "s28783c482f664cc2": `Zadejte kód, který zobrazuje ověřovací aplikace.`,
  "s29823f9c5dcf3518": `Push oznámení Duo`,
  "s57768e7b027155f1": `Váš účet vyžaduje druhý faktor. Vyberte, který nastavíte nyní.`,
  "s578781b36717c4d1": `Push oznámení Duo`,
  "s5f88ff434f394bb8": `Tento způsob ověření zde není podporován.`,
  "s8648067b36d06985": `Kódy e-mailem`,
  "s868c61574f0b3e75": `Použít bezpečnostní klíč`,
  "s8894ff7b0cb8c03c": `Získat kód v SMS.`,
  "s88d68d4febc124b9": `Ověřovací aplikace (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Záložní kódy`,
  "sa3adc2f19591658f": `Nastavte způsob ověření`,
  "sa86003f59f31f31e": `Zadejte kód z ověřovací aplikace.`,
  "sb05d85d765f97bed": `Textová zpráva (SMS)`,
  "sc2b6c18334a4a2c4": `Ověřit`,
  "sc4433e83b306bfd3": `Ověřovací aplikace`,
  "sc55c40949dc31340": `Poslat push oznámení`,
  "scdc5f94539896cac": str`Poslali jsme kód na ${0}.`,
  "scfcf3d4fb8f51970": `Pro váš účet není k dispozici žádný způsob ověření.`,
  "sd127b9ab8f9b931f": `Poslali jsme kód na váš telefon.`,
  "sd2bab2bc2f7a1d7f": `Záložní kód`,
  "sd38d233206633a58": `Schvalte push oznámení v telefonu.`,
  "sd53a72db6464c701": `Zadejte jeden ze záložních kódů. Každý kód funguje jen jednou.`,
  "se4972b18ac6e6acb": `Použijte bezpečnostní klíč, přístupový klíč nebo zámek obrazovky tohoto zařízení.`,
  "sfdfb27eaf46500c9": `Bezpečnostní klíč nebo přístupový klíč`,
  "sffa044c132266f26": `Jiná metoda`,
};
