// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Segui le istruzioni del browser o della chiave di sicurezza.`,
  "s067e961bb67cf3f6": `Verifica in corso…`,
  "s096462425083681c": `Scegli un altro metodo`,
  "s0cbfed624fc5250b": `Abbiamo inviato un codice al tuo indirizzo email.`,
  "s16841913159b031f": `Usa uno dei tuoi codici di recupero monouso.`,
  "s2039bcdbde21fbc8": `Ricevi un codice via email.`,
  "s219df3716f7f9867": `Notifica push inviata. Approvala sul telefono.`,
  "s2600721a584509eb": `Scegli un metodo di verifica`,
  "s28783c482f664cc2": `Inserisci il codice mostrato dalla tua app di autenticazione.`,
  "s29823f9c5dcf3518": `Notifica push Duo`,
  "s57768e7b027155f1": `Il tuo account richiede un secondo fattore. Scegline uno da configurare ora.`,
  "s578781b36717c4d1": `Notifiche push Duo`,
  "s5f88ff434f394bb8": `Questo metodo di verifica non è supportato qui.`,
  "s8648067b36d06985": `Codici via email`,
  "s868c61574f0b3e75": `Usa chiave di sicurezza`,
  "s8894ff7b0cb8c03c": `Ricevi un codice via SMS.`,
  "s88d68d4febc124b9": `App di autenticazione (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Codici di recupero`,
  "sa3adc2f19591658f": `Configura un metodo di verifica`,
  "sa86003f59f31f31e": `Inserisci un codice dalla tua app di autenticazione.`,
  "sb05d85d765f97bed": `Messaggio di testo (SMS)`,
  "sc2b6c18334a4a2c4": `Verifica`,
  "sc4433e83b306bfd3": `App di autenticazione`,
  "sc55c40949dc31340": `Invia notifica push`,
  "scdc5f94539896cac": str`Abbiamo inviato un codice a ${0}.`,
  "scfcf3d4fb8f51970": `Nessun metodo di verifica disponibile per il tuo account.`,
  "sd127b9ab8f9b931f": `Abbiamo inviato un codice al tuo telefono.`,
  "sd2bab2bc2f7a1d7f": `Codice di recupero`,
  "sd38d233206633a58": `Approva una notifica push sul telefono.`,
  "sd53a72db6464c701": `Inserisci uno dei tuoi codici di recupero. Ogni codice funziona una sola volta.`,
  "se4972b18ac6e6acb": `Usa una chiave di sicurezza, una passkey o il blocco schermo di questo dispositivo.`,
  "sfdfb27eaf46500c9": `Chiave di sicurezza o passkey`,
  "sffa044c132266f26": `Altro metodo`,
};
