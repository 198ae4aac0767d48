// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Siga as instruções do navegador ou da chave de segurança.`,
  "s067e961bb67cf3f6": `Verificando…`,
  "s096462425083681c": `Escolher outro método`,
  "s0cbfed624fc5250b": `Enviamos um código para seu e-mail.`,
  "s16841913159b031f": `Use um dos seus códigos de recuperação de uso único.`,
  "s2039bcdbde21fbc8": `Receber um código por e-mail.`,
  "s219df3716f7f9867": `Notificação push enviada. Aprove-a no seu celular.`,
  "s2600721a584509eb": `Escolha um método de verificação`,
  "s28783c482f664cc2": `Digite o código exibido pelo seu app autenticador.`,
  "s29823f9c5dcf3518": `Notificação push do Duo`,
  "s57768e7b027155f1": `Sua conta precisa de um segundo fator. Escolha um para configurar agora.`,
  "s578781b36717c4d1": `Notificações push do Duo`,
  "s5f88ff434f394bb8": `Este método de verificação não é compatível aqui.`,
  "s8648067b36d06985": `Códigos por e-mail`,
  "s868c61574f0b3e75": `Usar chave de segurança`,
  "s8894ff7b0cb8c03c": `Receber um código por SMS.`,
  "s88d68d4febc124b9": `App autenticador (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Códigos de recuperação`,
  "sa3adc2f19591658f": `Configure um método de verificação`,
  "sa86003f59f31f31e": `Digite um código do seu app autenticador.`,
  "sb05d85d765f97bed": `Mensagem de texto (SMS)`,
  "sc2b6c18334a4a2c4": `Verificar`,
  "sc4433e83b306bfd3": `App autenticador`,
  "sc55c40949dc31340": `Enviar notificação push`,
  "scdc5f94539896cac": str`Enviamos um código para ${0}.`,
  "scfcf3d4fb8f51970": `Nenhum método de verificação está disponível para sua conta.`,
  "sd127b9ab8f9b931f": `Enviamos um código para seu celular.`,
  "sd2bab2bc2f7a1d7f": `Código de recuperação`,
  "sd38d233206633a58": `Aprove uma notificação push no seu celular.`,
  "sd53a72db6464c701": `Digite um dos seus códigos de recuperação. Cada código funciona uma única vez.`,
  "se4972b18ac6e6acb": `Use uma chave de segurança, uma chave de acesso ou o bloqueio de tela deste dispositivo.`,
  "sfdfb27eaf46500c9": `Chave de segurança ou chave de acesso`,
  "sffa044c132266f26": `Outro método`,
};
