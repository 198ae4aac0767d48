// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Tarayıcınızın veya güvenlik anahtarınızın talimatlarını izleyin.`,
  "s067e961bb67cf3f6": `Doğrulanıyor…`,
  "s096462425083681c": `Başka bir yöntem seç`,
  "s0cbfed624fc5250b": `E-posta adresinize bir kod gönderdik.`,
  "s16841913159b031f": `Tek kullanımlık kurtarma kodlarınızdan birini kullanın.`,
  "s2039bcdbde21fbc8": `E-postayla kod alın.`,
  "s219df3716f7f9867": `Anlık bildirim gönderildi. Telefonunuzda onaylayın.`,
  "s2600721a584509eb": `Bir doğrulama yöntemi seçin`,
  "s28783c482f664cc2": `Kimlik doğrulama uygulamanızın gösterdiği kodu girin.`,
  "s29823f9c5dcf3518": `Duo anlık bildirimi`,
  "s57768e7b027155f1": `Hesabınız ikinci bir doğrulama adımı gerektiriyor. Şimdi kurmak için birini seçin.`,
  "s578781b36717c4d1": `Duo anlık bildirimleri`,
  "s5f88ff434f394bb8": `Bu doğrulama yöntemi burada desteklenmiyor.`,
  "s8648067b36d06985": `E-posta kodları`,
  "s868c61574f0b3e75": `Güvenlik anahtarını kullan`,
  "s8894ff7b0cb8c03c": `SMS ile kod alın.`,
  "s88d68d4febc124b9": `Kimlik doğrulama uygulaması (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Kurtarma kodları`,
  "sa3adc2f19591658f": `Bir doğrulama yöntemi kurun`,
  "sa86003f59f31f31e": `Kimlik doğrulama uygulamanızdaki bir kodu girin.`,
  "sb05d85d765f97bed": `Kısa mesaj (SMS)`,
  "sc2b6c18334a4a2c4": `Doğrula`,
  "sc4433e83b306bfd3": `Kimlik doğrulama uygulaması`,
  "sc55c40949dc31340": `Anlık bildirim gönder`,
  "scdc5f94539896cac": str`${0} adresine bir kod gönderdik.`,
  "scfcf3d4fb8f51970": `Hesabınız için kullanılabilir bir doğrulama yöntemi yok.`,
  "sd127b9ab8f9b931f": `Telefonunuza bir kod gönderdik.`,
  "sd2bab2bc2f7a1d7f": `Kurtarma kodu`,
  "sd38d233206633a58": `Telefonunuzdaki anlık bildirimi onaylayın.`,
  "sd53a72db6464c701": `Kurtarma kodlarınızdan birini girin. Her kod yalnızca bir kez çalışır.`,
  "se4972b18ac6e6acb": `Bir güvenlik anahtarı, geçiş anahtarı veya bu cihazın ekran kilidini kullanın.`,
  "sfdfb27eaf46500c9": `Güvenlik anahtarı veya geçiş anahtarı`,
  "sffa044c132266f26": `Başka yöntem`,
};
