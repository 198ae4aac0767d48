// Server-side sessions keyed by the `authentik_session` cookie, in memory, like Django's session
// framework: the flow plan and the logged-in user live here, never in the browser.
import { randomBytes } from 'node:crypto';
import { isExpired } from './expiry.js';
import type { Plan } from './flow/plan.js';

export interface Session {
  id: string;
  /** The logged-in user, set by the user-login stage. */
  userPk?: number;
  plan?: Plan;
  /** The decoded `query` of the executor request that planned the flow (SESSION_KEY_GET). */
  get?: string;
  consentToken?: string;
  /** "Not you?" (the cancel URL) was followed: the next identification shows no login_hint. */
  overrideLoginHint?: boolean;
  /** The application a login was asked for (SESSION_KEY_APPLICATION_PRE). */
  applicationPre?: { name: string };
  expiresAt?: number;
  /** Last use (ms): a session nobody is logged in to expires after ANONYMOUS_IDLE_MS idle. */
  seenAt?: number;
}

/** How long a session without a logged-in user lives unused. */
export const ANONYMOUS_IDLE_MS = 30 * 60 * 1000;
/** At most this many sessions; past it the least recently used without a user go first. */
export const MAX_SESSIONS = 10_000;

export const newToken = (bytes = 24) => randomBytes(bytes).toString('base64url');

export class SessionStore {
  /** In order of last use: the least recently used first. */
  private readonly sessions = new Map<string, Session>();

  /** `now` is replaceable for tests. */
  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.sessions.size;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if ((session.expiresAt && isExpired(session.expiresAt)) || this.idle(session)) {
      this.sessions.delete(id);
      return undefined;
    }
    this.touch(session);
    return session;
  }

  create(): Session {
    this.sweep();
    const session: Session = { id: newToken(), seenAt: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  private idle(session: Session): boolean {
    return session.userPk === undefined && this.now() - (session.seenAt ?? 0) > ANONYMOUS_IDLE_MS;
  }

  private touch(session: Session): void {
    session.seenAt = this.now();
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
  }

  /**
   * Drops idle anonymous sessions and, past the cap, the least recently used anonymous ones. The
   * map is in order of last use, so both come first: the cost does not grow with the store.
   */
  private sweep(): void {
    for (const session of this.sessions.values()) {
      if (session.userPk !== undefined) continue;
      if (!this.idle(session) && this.sessions.size < MAX_SESSIONS) break;
      this.sessions.delete(session.id);
    }
  }

  /** Drops a session, as a restart of the server drops them all. */
  forget(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  /** Django's cycle_key on login: same data, new id (prevents session fixation). */
  rotate(session: Session): void {
    this.sessions.delete(session.id);
    session.id = newToken();
    this.sessions.set(session.id, session);
  }
}
