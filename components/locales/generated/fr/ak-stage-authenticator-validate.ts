// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Suivez les instructions de votre navigateur ou de votre clé de sécurité.`,
  "s067e961bb67cf3f6": `Vérification…`,
  "s096462425083681c": `Choisir une autre méthode`,
  "s0cbfed624fc5250b": `Nous avons envoyé un code à votre adresse e-mail.`,
  "s16841913159b031f": `Utilisez l’un de vos codes de récupération à usage unique.`,
  "s2039bcdbde21fbc8": `Recevoir un code par e-mail.`,
  "s219df3716f7f9867": `Notification push envoyée. Approuvez-la sur votre téléphone.`,
  "s2600721a584509eb": `Choisissez une méthode de vérification`,
  "s28783c482f664cc2": `Saisissez le code affiché par votre application d’authentification.`,
  "s29823f9c5dcf3518": `Notification push Duo`,
  "s57768e7b027155f1": `Votre compte exige un second facteur. Choisissez-en un à configurer maintenant.`,
  "s578781b36717c4d1": `Notifications push Duo`,
  "s5f88ff434f394bb8": `Cette méthode de vérification n’est pas prise en charge ici.`,
  "s8648067b36d06985": `Codes par e-mail`,
  "s868c61574f0b3e75": `Utiliser la clé de sécurité`,
  "s8894ff7b0cb8c03c": `Recevoir un code par SMS.`,
  "s88d68d4febc124b9": `Application d’authentification (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Codes de récupération`,
  "sa3adc2f19591658f": `Configurer une méthode de vérification`,
  "sa86003f59f31f31e": `Saisissez un code de votre application d’authentification.`,
  "sb05d85d765f97bed": `SMS`,
  "sc2b6c18334a4a2c4": `Vérifier`,
  "sc4433e83b306bfd3": `Application d’authentification`,
  "sc55c40949dc31340": `Envoyer une notification push`,
  "scdc5f94539896cac": str`Nous avons envoyé un code à ${0}.`,
  "scfcf3d4fb8f51970": `Aucune méthode de vérification n’est disponible pour votre compte.`,
  "sd127b9ab8f9b931f": `Nous avons envoyé un code à votre téléphone.`,
  "sd2bab2bc2f7a1d7f": `Code de récupération`,
  "sd38d233206633a58": `Approuvez une notification push sur votre téléphone.`,
  "sd53a72db6464c701": `Saisissez l’un de vos codes de récupération. Chaque code ne fonctionne qu’une fois.`,
  "se4972b18ac6e6acb": `Utilisez une clé de sécurité, une clé d’accès ou le verrouillage d’écran de cet appareil.`,
  "sfdfb27eaf46500c9": `Clé de sécurité ou clé d’accès`,
  "sffa044c132266f26": `Autre méthode`,
};
