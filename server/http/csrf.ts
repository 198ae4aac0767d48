// CSRF as Django/DRF do it: the `authentik_csrf` cookie (readable by scripts) must come back in
// the `X-authentik-CSRF` header, and a foreign Origin must be trusted; only for logged-in sessions.
import { getCookie } from 'hono/cookie';
import type { UserStore } from '../model/users.js';
import type { Session } from '../session.js';
import type { RequestContext } from './env.js';

export const CSRF_COOKIE = 'authentik_csrf';
export const CSRF_HEADER = 'X-authentik-CSRF';

/** Django's CSRF check as DRF's SessionAuthentication applies it: only for logged-in users. */
export function csrfFailure(
  c: RequestContext,
  session: Session,
  users: UserStore,
  trustedOrigins: string[],
): string | undefined {
  if (!users.get(session.userPk)) return undefined;
  const origin = c.req.header('Origin');
  const self = new URL(c.req.url).origin;
  if (origin && origin !== self && !trustedOrigins.includes(origin)) {
    return `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`;
  }
  const cookie = getCookie(c, CSRF_COOKIE);
  if (!cookie) return 'CSRF Failed: CSRF cookie not set.';
  const header = c.req.header(CSRF_HEADER);
  if (!header) return 'CSRF Failed: CSRF token missing.';
  if (header !== cookie) {
    return `CSRF Failed: CSRF token from the '${CSRF_HEADER}' HTTP header incorrect.`;
  }
  return undefined;
}
