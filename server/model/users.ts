// The user store: scrypt password hashes (node:crypto), in memory, optionally persisted as JSON.
import { randomBytes, randomUUID, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { MfaDevice } from './devices.js';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

export interface User {
  pk: number;
  uuid: string;
  username: string;
  name: string;
  email: string;
  /** `scrypt$N$r$p$salt$hash` (base64), or '' for an unusable password. */
  password: string;
  is_active: boolean;
  is_superuser: boolean;
  attributes: Record<string, unknown>;
  date_joined: string;
  /** pks of the user's groups (model/groups.ts: blueprint `authentik_core.group`). */
  groups?: string[];
  /** MFA devices (model/devices.ts), saved with the user. */
  devices?: MfaDevice[];
  /** authentik's UserTypes: internal, external, service_account (absent: internal). */
  type?: string;
  /** authentik's User.path (absent: "users", User.default_path()). */
  path?: string;
}

const N = 16384;
const R = 8;
const P = 1;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize('NFKC'), salt, 32, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Synchronous variant, for seeding the demo user at start-up. */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFKC'), salt, 32, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(
    password.normalize('NFKC'),
    Buffer.from(salt, 'base64'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
    },
  );
  return timingSafeEqual(actual, expected);
}

export interface NewUser {
  username: string;
  name?: string;
  email?: string;
  password?: string;
  is_active?: boolean;
  is_superuser?: boolean;
  attributes?: Record<string, unknown>;
  type?: string;
  path?: string;
}

export class UserStore {
  private users: User[] = [];
  /** The highest pk ever deleted: never handed out again (a stale session must not match). */
  private retiredPk = 0;

  /** `file`: load from and save to this JSON file (created on first save). */
  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(data)) this.users = data as User[];
    }
  }

  all(): readonly User[] {
    return this.users;
  }

  get(pk: unknown): User | undefined {
    return this.users.find((u) => u.pk === pk);
  }

  byUsername(username: string): User | undefined {
    return this.users.find((u) => u.username === username);
  }

  /** authentik's identification lookup: any of `fields` (email, username, upn) matches `uid`. */
  lookup(uid: string, fields: string[], caseInsensitive: boolean): User | undefined {
    // Lowercased once, not once per user: the cost does not grow with input length times users.
    const wanted = caseInsensitive ? uid.toLowerCase() : uid;
    const same = (a: unknown) =>
      typeof a === 'string' && (caseInsensitive ? a.toLowerCase() === wanted : a === uid);
    return this.users.find((u) =>
      fields.some((f) =>
        f === 'upn'
          ? same(u.attributes.upn)
          : f === 'email' || f === 'username'
            ? same(u[f])
            : false,
      ),
    );
  }

  async create(data: NewUser): Promise<User> {
    return this.insert(data, data.password ? await hashPassword(data.password) : '');
  }

  /** Adds a user unless the username exists (the demo account), hashing synchronously. */
  seed(data: NewUser): User {
    return (
      this.byUsername(data.username) ??
      this.insert(data, data.password ? hashPasswordSync(data.password) : '')
    );
  }

  private insert(data: NewUser, passwordHash: string): User {
    const user: User = {
      pk: Math.max(this.retiredPk, ...this.users.map((u) => u.pk)) + 1,
      uuid: randomUUID(),
      username: data.username,
      name: data.name ?? '',
      email: data.email ?? '',
      password: passwordHash,
      is_active: data.is_active ?? true,
      is_superuser: data.is_superuser ?? false,
      attributes: data.attributes ?? {},
      date_joined: new Date().toISOString(),
      ...(data.type ? { type: data.type } : {}),
      ...(data.path ? { path: data.path } : {}),
    };
    this.users.push(user);
    this.save();
    return user;
  }

  /** Deletes a user (the user-delete stage); sessions naming them find no user any more. */
  delete(user: User): void {
    this.users = this.users.filter((u) => u.pk !== user.pk);
    this.retiredPk = Math.max(this.retiredPk, user.pk);
    this.save();
  }

  async setPassword(user: User, password: string): Promise<void> {
    user.password = await hashPassword(password);
    this.save();
  }

  /** The inbuilt backend: an active user whose password matches. */
  async authenticate(username: string, password: string): Promise<User | undefined> {
    const user = this.byUsername(username);
    if (!user || !user.is_active || !user.password) return undefined;
    return (await verifyPassword(password, user.password)) ? user : undefined;
  }

  save(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify(this.users, null, 2) + '\n');
  }
}
