// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s024ba4264b6f0de4": `Ikuti petunjuk browser atau kunci keamanan Anda.`,
  "s067e961bb67cf3f6": `Memverifikasi…`,
  "s096462425083681c": `Pilih metode lain`,
  "s0cbfed624fc5250b": `Kami telah mengirim kode ke alamat email Anda.`,
  "s16841913159b031f": `Gunakan salah satu kode pemulihan sekali pakai Anda.`,
  "s2039bcdbde21fbc8": `Dapatkan kode lewat email.`,
  "s219df3716f7f9867": `Notifikasi push telah dikirim. Setujui di ponsel Anda.`,
  "s2600721a584509eb": `Pilih metode verifikasi`,
  "s28783c482f664cc2": `Masukkan kode yang ditampilkan aplikasi autentikator Anda.`,
  "s29823f9c5dcf3518": `Notifikasi push Duo`,
  "s57768e7b027155f1": `Akun Anda memerlukan faktor kedua. Pilih salah satu untuk disiapkan sekarang.`,
  "s578781b36717c4d1": `Notifikasi push Duo`,
  "s5f88ff434f394bb8": `Metode verifikasi ini tidak didukung di sini.`,
  "s8648067b36d06985": `Kode lewat email`,
  "s868c61574f0b3e75": `Gunakan kunci keamanan`,
  "s8894ff7b0cb8c03c": `Dapatkan kode lewat SMS.`,
  "s88d68d4febc124b9": `Aplikasi autentikator (TOTP)`,
  "s8d5ac1c4ac7f5b64": `Kode pemulihan`,
  "sa3adc2f19591658f": `Siapkan metode verifikasi`,
  "sa86003f59f31f31e": `Masukkan kode dari aplikasi autentikator Anda.`,
  "sb05d85d765f97bed": `Pesan teks (SMS)`,
  "sc2b6c18334a4a2c4": `Verifikasi`,
  "sc4433e83b306bfd3": `Aplikasi autentikator`,
  "sc55c40949dc31340": `Kirim notifikasi push`,
  "scdc5f94539896cac": str`Kami telah mengirim kode ke ${0}.`,
  "scfcf3d4fb8f51970": `Tidak ada metode verifikasi yang tersedia untuk akun Anda.`,
  "sd127b9ab8f9b931f": `Kami telah mengirim kode ke ponsel Anda.`,
  "sd2bab2bc2f7a1d7f": `Kode pemulihan`,
  "sd38d233206633a58": `Setujui notifikasi push di ponsel Anda.`,
  "sd53a72db6464c701": `Masukkan salah satu kode pemulihan Anda. Setiap kode hanya berlaku satu kali.`,
  "se4972b18ac6e6acb": `Gunakan kunci keamanan, kunci sandi, atau kunci layar perangkat ini.`,
  "sfdfb27eaf46500c9": `Kunci keamanan atau kunci sandi`,
  "sffa044c132266f26": `Metode lain`,
};
