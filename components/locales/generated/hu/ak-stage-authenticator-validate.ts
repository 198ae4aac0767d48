// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Kövesse a böngésző vagy a biztonsági kulcs utasításait.`,
  "s067e961bb67cf3f6": `Ellenőrzés…`,
  "s096462425083681c": `Másik mód választása`,
  "s0cbfed624fc5250b": `Kódot küldtünk az e-mail-címére.`,
  "s16841913159b031f": `Használja az egyik egyszer használatos helyreállítási kódját.`,
  "s2039bcdbde21fbc8": `Kód kérése e-mailben.`,
  "s219df3716f7f9867": `Leküldéses értesítést küldtünk. Hagyja jóvá a telefonján.`,
  "s2600721a584509eb": `Válasszon ellenőrzési módot`,
  "s28783c482f664cc2": `Írja be a hitelesítő alkalmazásban megjelenő kódot.`,
  "s29823f9c5dcf3518": `Duo leküldéses értesítés`,
  "s57768e7b027155f1": `A fiókjához második tényező szükséges. Válassza ki, melyiket állítja be most.`,
  "s578781b36717c4d1": `Duo leküldéses értesítések`,
  "s5f88ff434f394bb8": `Ez az ellenőrzési mód itt nem támogatott.`,
  "s8648067b36d06985": `Kódok e-mailben`,
  "s868c61574f0b3e75": `Biztonsági kulcs használata`,
  "s8894ff7b0cb8c03c": `Kód kérése SMS-ben.`,
  "s88d68d4febc124b9": `Hitelesítő alkalmazás (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Helyreállítási kódok`,
  "sa3adc2f19591658f": `Ellenőrzési mód beállítása`,
  "sa86003f59f31f31e": `Írjon be egy kódot a hitelesítő alkalmazásból.`,
  "sb05d85d765f97bed": `Szöveges üzenet (SMS)`,
  "sc2b6c18334a4a2c4": `Ellenőrzés`,
  "sc4433e83b306bfd3": `Hitelesítő alkalmazás`,
  "sc55c40949dc31340": `Leküldéses értesítés küldése`,
  "scdc5f94539896cac": str`Kódot küldtünk ide: ${0}.`,
  "scfcf3d4fb8f51970": `A fiókjához nem érhető el ellenőrzési mód.`,
  "sd127b9ab8f9b931f": `Kódot küldtünk a telefonjára.`,
  "sd2bab2bc2f7a1d7f": `Helyreállítási kód`,
  "sd38d233206633a58": `Hagyja jóvá a leküldéses értesítést a telefonján.`,
  "sd53a72db6464c701": `Írja be az egyik helyreállítási kódját. Minden kód csak egyszer használható.`,
  "se4972b18ac6e6acb": `Használjon biztonsági kulcsot, azonosítókulcsot vagy az eszköz képernyőzárát.`,
  "sfdfb27eaf46500c9": `Biztonsági kulcs vagy azonosítókulcs`,
  "sffa044c132266f26": `Más módszer`,
};
