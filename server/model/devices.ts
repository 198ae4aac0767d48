// MFA devices (authentik's django-otp devices): kept on the user record, so they persist with the
// user store (`--data FILE`). TOTP checks use otpauth; static tokens are single use; email and
// SMS devices are django-otp side-channel devices (a one-time code sent to the address/number).
import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { expiresAt, isExpired } from '../expiry.js';

interface DeviceBase {
  pk: string;
  name: string;
  confirmed: boolean;
  created: string;
  last_used: string | null;
}

export interface TotpDevice extends DeviceBase {
  type: 'totp';
  /** base32 */
  secret: string;
  digits: number;
  period: number;
  /** The last accepted time step: a code is never accepted twice (django-otp's last_t). */
  last_t: number;
}

export interface StaticDevice extends DeviceBase {
  type: 'static';
  tokens: string[];
}

export interface WebAuthnDevice extends DeviceBase {
  type: 'webauthn';
  /** base64url credential id */
  credential_id: string;
  /** base64url COSE public key */
  public_key: string;
  sign_count: number;
  transports: string[];
  aaguid: string;
}

export interface EmailDevice extends DeviceBase {
  type: 'email';
  email: string;
  /** A pending one-time code and when it expires (ms). */
  token?: string;
  valid_until?: number;
}

export interface SmsDevice extends DeviceBase {
  type: 'sms';
  /** E.164-ish as entered, or `hash:<sha256>` when the stage is `verify_only`. */
  phone_number: string;
  /** pk of the setup stage (authentik's SMSDevice.stage): its numbers are unique per stage. */
  stage: string;
  /** A pending one-time code and when it expires (ms). */
  token?: string;
  valid_until?: number;
}

/** Devices a code is sent to (django-otp's SideChannelDevice). */
export type SideChannelDevice = EmailDevice | SmsDevice;

export type MfaDevice = TotpDevice | StaticDevice | WebAuthnDevice | EmailDevice | SmsDevice;
export type DeviceClass = MfaDevice['type'];

/** authentik's DeviceClasses, in its order. */
export const DEVICE_CLASSES = ['static', 'totp', 'webauthn', 'duo', 'sms', 'email'] as const;

/** Whoever holds devices: a user (model/users.ts), without this module depending on it. */
export interface DeviceOwner {
  devices?: MfaDevice[];
}

const base = (name: string): DeviceBase => ({
  pk: randomUUID(),
  name,
  confirmed: false,
  created: new Date().toISOString(),
  last_used: null,
});

export function devicesOf(user: DeviceOwner | undefined): MfaDevice[] {
  return user?.devices ?? [];
}

export function confirmedDevices(user: DeviceOwner | undefined): MfaDevice[] {
  return devicesOf(user).filter((d) => d.confirmed);
}

/** Stores a confirmed device on the user; the caller saves the user store. */
export function addDevice(user: DeviceOwner, device: MfaDevice): void {
  device.confirmed = true;
  user.devices = [...devicesOf(user), device];
}

// ---------------------------------------------------------------- TOTP

export function newTotpDevice(name: string, digits = 6): TotpDevice {
  return {
    ...base(name),
    type: 'totp',
    secret: new Secret({ size: 20 }).base32,
    digits,
    period: 30,
    last_t: -1,
  };
}

const totpOf = (d: TotpDevice) =>
  new TOTP({
    secret: Secret.fromBase32(d.secret),
    digits: d.digits,
    period: d.period,
    algorithm: 'SHA1',
  });

/** TOTPDevice.config_url: `otpauth://totp/<issuer>:<user>?secret=…&issuer=…`. */
export function totpConfigUrl(d: TotpDevice, username: string, issuer: string): string {
  const cleanIssuer = issuer.replace(/:/g, '');
  const label = encodeURIComponent(`${cleanIssuer}:${username}`).replace(/%3A/g, ':');
  const params = new URLSearchParams({
    secret: d.secret,
    algorithm: 'SHA1',
    digits: String(d.digits),
    period: String(d.period),
  });
  return `otpauth://totp/${label}?${params.toString()}&issuer=${encodeURIComponent(cleanIssuer)}`;
}

/** Accepts the code of the current step ±1, once (a replayed or older step is refused). */
export function verifyTotp(d: TotpDevice, code: string, now = Date.now()): boolean {
  const token = code.replace(/\s/g, '');
  if (!/^\d+$/.test(token)) return false;
  const delta = totpOf(d).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return false;
  const t = Math.floor(now / 1000 / d.period) + delta;
  if (t <= d.last_t) return false;
  d.last_t = t;
  return true;
}

// ---------------------------------------------------------------- static

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newStaticDevice(name: string, count = 6, length = 12): StaticDevice {
  const token = () =>
    Array.from({ length }, () => TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]).join('');
  return { ...base(name), type: 'static', tokens: Array.from({ length: count }, token) };
}

const sameString = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A static token matches once: it is removed when used. */
export function useStaticToken(d: StaticDevice, code: string): boolean {
  const token = code.trim().toLowerCase();
  const index = d.tokens.findIndex((t) => sameString(t, token));
  if (index < 0) return false;
  d.tokens.splice(index, 1);
  return true;
}

// ---------------------------------------------------------------- email (and SMS codes)

export function newEmailDevice(name: string, email: string): EmailDevice {
  return { ...base(name), type: 'email', email };
}

/** A new 6-digit code, valid for `seconds` (SideChannelDevice.generate_token). */
export function generateToken(d: SideChannelDevice, seconds: number): string {
  d.token = String(randomInt(0, 1_000_000)).padStart(6, '0');
  d.valid_until = expiresAt(seconds);
  return d.token;
}

/** SideChannelDevice.verify_token: the pending code, once, before it expires. */
export function useToken(d: SideChannelDevice, code: string): boolean {
  const token = code.trim();
  if (!d.token || !d.valid_until || isExpired(d.valid_until)) return false;
  if (!sameString(d.token, token)) return false;
  delete d.token;
  delete d.valid_until;
  return true;
}

// ---------------------------------------------------------------- SMS

export function newSmsDevice(name: string, stage: string, phoneNumber = ''): SmsDevice {
  return { ...base(name), type: 'sms', phone_number: phoneNumber, stage };
}

/** authentik's hash_phone_number, for `verify_only` stages. */
export const hashPhoneNumber = (phoneNumber: string) =>
  `hash:${createHash('sha256').update(phoneNumber).digest('hex')}`;

/** A `verify_only` device keeps only the hash: it can never receive a code. */
export const isHashed = (d: SmsDevice) => d.phone_number.startsWith('hash:');

/** Random bytes as base64url, for WebAuthn user handles. */
export const randomHandle = () => randomBytes(32).toString('base64url');

/** Marks a device used now. */
export function touch(d: MfaDevice): void {
  d.last_used = new Date().toISOString();
}
