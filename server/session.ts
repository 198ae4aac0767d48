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
  invalidPasswordTries?: number;
  consentToken?: string;
  expiresAt?: number;
}

export const newToken = (bytes = 24) => randomBytes(bytes).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (session?.expiresAt && isExpired(session.expiresAt)) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  create(): Session {
    const session: Session = { id: newToken() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** Django's cycle_key on login: same data, new id (prevents session fixation). */
  rotate(session: Session): void {
    this.sessions.delete(session.id);
    session.id = newToken();
    this.sessions.set(session.id, session);
  }
}
