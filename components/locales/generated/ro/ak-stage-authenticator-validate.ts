// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Urmați instrucțiunile browserului sau ale cheii de securitate.`,
  "s067e961bb67cf3f6": `Se verifică…`,
  "s096462425083681c": `Alegeți altă metodă`,
  "s0cbfed624fc5250b": `Am trimis un cod la adresa dvs. de e-mail.`,
  "s16841913159b031f": `Folosiți unul dintre codurile de recuperare de unică folosință.`,
  "s2039bcdbde21fbc8": `Primiți un cod prin e-mail.`,
  "s219df3716f7f9867": `Am trimis o notificare push. Aprobați-o pe telefon.`,
  "s2600721a584509eb": `Alegeți o metodă de verificare`,
  "s28783c482f664cc2": `Introduceți codul afișat de aplicația de autentificare.`,
  "s29823f9c5dcf3518": `Notificare push Duo`,
  "s57768e7b027155f1": `Contul dvs. necesită un al doilea factor. Alegeți unul pe care să-l configurați acum.`,
  "s578781b36717c4d1": `Notificări push Duo`,
  "s5f88ff434f394bb8": `Această metodă de verificare nu este acceptată aici.`,
  "s8648067b36d06985": `Coduri prin e-mail`,
  "s868c61574f0b3e75": `Folosește cheia de securitate`,
  "s8894ff7b0cb8c03c": `Primiți un cod prin SMS.`,
  "s88d68d4febc124b9": `Aplicație de autentificare (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Coduri de recuperare`,
  "sa3adc2f19591658f": `Configurați o metodă de verificare`,
  "sa86003f59f31f31e": `Introduceți un cod din aplicația de autentificare.`,
  "sb05d85d765f97bed": `Mesaj text (SMS)`,
  "sc2b6c18334a4a2c4": `Verifică`,
  "sc4433e83b306bfd3": `Aplicație de autentificare`,
  "sc55c40949dc31340": `Trimite notificare push`,
  "scdc5f94539896cac": str`Am trimis un cod la ${0}.`,
  "scfcf3d4fb8f51970": `Nu există nicio metodă de verificare disponibilă pentru contul dvs.`,
  "sd127b9ab8f9b931f": `Am trimis un cod pe telefonul dvs.`,
  "sd2bab2bc2f7a1d7f": `Cod de recuperare`,
  "sd38d233206633a58": `Aprobați o notificare push pe telefon.`,
  "sd53a72db6464c701": `Introduceți unul dintre codurile de recuperare. Fiecare cod funcționează o singură dată.`,
  "se4972b18ac6e6acb": `Folosiți o cheie de securitate, o cheie de acces sau blocarea ecranului acestui dispozitiv.`,
  "sfdfb27eaf46500c9": `Cheie de securitate sau cheie de acces`,
  "sffa044c132266f26": `Altă metodă`,
};
