// OAuth 2.0 device authorization (RFC 8628) for development: user codes a device asks for at
// POST /application/o/device/ (authentik's path), entered by the user in a device-code flow, and
// the device's polling at POST /application/o/token/. One store per server state.
import { randomBytes, randomInt } from 'node:crypto';

/** Letters and digits users do not confuse (no 0/O, 1/I/L, 5/S). */
const ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';

export interface DeviceCode {
  deviceCode: string;
  /** As shown to the user: `XXXX-XXXX`. */
  userCode: string;
  clientId: string;
  scope: string;
  expires: number;
  /** Set when the user finished the device-code flow. */
  user?: string;
}

/** What users type for a code, compared: letters upper-cased, spaces and dashes dropped. */
export const normalizeUserCode = (code: string): string =>
  code.replace(/[^0-9a-z]/gi, '').toUpperCase();

export class DeviceCodes {
  private readonly codes = new Map<string, DeviceCode>();

  constructor(readonly lifetimeSeconds = 600) {}

  issue(clientId: string, scope: string): DeviceCode {
    const raw = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const code: DeviceCode = {
      deviceCode: randomBytes(24).toString('base64url'),
      userCode: `${raw.slice(0, 4)}-${raw.slice(4)}`,
      clientId,
      scope,
      expires: Date.now() + this.lifetimeSeconds * 1000,
    };
    this.codes.set(code.deviceCode, code);
    return code;
  }

  byUserCode(typed: string): DeviceCode | undefined {
    const wanted = normalizeUserCode(typed);
    if (!wanted) return undefined;
    return [...this.codes.values()].find(
      (c) => c.expires > Date.now() && normalizeUserCode(c.userCode) === wanted,
    );
  }

  byDeviceCode(deviceCode: string): DeviceCode | undefined {
    return this.codes.get(deviceCode);
  }

  authorize(deviceCode: string, user: string): void {
    const c = this.codes.get(deviceCode);
    if (c) c.user = user;
  }
}

const stores = new WeakMap<object, DeviceCodes>();

/** The device codes of one server (keyed by its state object). */
export function deviceCodes(state: object): DeviceCodes {
  let s = stores.get(state);
  if (!s) stores.set(state, (s = new DeviceCodes()));
  return s;
}
