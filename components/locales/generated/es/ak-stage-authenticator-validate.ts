// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Sigue las instrucciones de tu navegador o de tu llave de seguridad.`,
  "s067e961bb67cf3f6": `Verificando…`,
  "s096462425083681c": `Elegir otro método`,
  "s0cbfed624fc5250b": `Hemos enviado un código a tu correo electrónico.`,
  "s16841913159b031f": `Usa uno de tus códigos de recuperación de un solo uso.`,
  "s2039bcdbde21fbc8": `Recibir un código por correo electrónico.`,
  "s219df3716f7f9867": `Notificación push enviada. Apruébala en tu teléfono.`,
  "s2600721a584509eb": `Elige un método de verificación`,
  "s28783c482f664cc2": `Escribe el código que muestra tu aplicación de autenticación.`,
  "s29823f9c5dcf3518": `Notificación push de Duo`,
  "s57768e7b027155f1": `Tu cuenta necesita un segundo factor. Elige uno para configurarlo ahora.`,
  "s578781b36717c4d1": `Notificaciones push de Duo`,
  "s5f88ff434f394bb8": `Este método de verificación no se admite aquí.`,
  "s8648067b36d06985": `Códigos por correo electrónico`,
  "s868c61574f0b3e75": `Usar llave de seguridad`,
  "s8894ff7b0cb8c03c": `Recibir un código por SMS.`,
  "s88d68d4febc124b9": `Aplicación de autenticación (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Códigos de recuperación`,
  "sa3adc2f19591658f": `Configura un método de verificación`,
  "sa86003f59f31f31e": `Escribe un código de tu aplicación de autenticación.`,
  "sb05d85d765f97bed": `Mensaje de texto (SMS)`,
  "sc2b6c18334a4a2c4": `Verificar`,
  "sc4433e83b306bfd3": `Aplicación de autenticación`,
  "sc55c40949dc31340": `Enviar notificación push`,
  "scdc5f94539896cac": str`Hemos enviado un código a ${0}.`,
  "scfcf3d4fb8f51970": `No hay ningún método de verificación disponible para tu cuenta.`,
  "sd127b9ab8f9b931f": `Hemos enviado un código a tu teléfono.`,
  "sd2bab2bc2f7a1d7f": `Código de recuperación`,
  "sd38d233206633a58": `Aprueba una notificación push en tu teléfono.`,
  "sd53a72db6464c701": `Escribe uno de tus códigos de recuperación. Cada código funciona una sola vez.`,
  "se4972b18ac6e6acb": `Usa una llave de seguridad, una llave de acceso o el bloqueo de pantalla de este dispositivo.`,
  "sfdfb27eaf46500c9": `Llave de seguridad o llave de acceso`,
  "sffa044c132266f26": `Otro método`,
};
