// The session cookie (`authentik_session`, HttpOnly) and the CSRF cookie, written after each
// request: a new or rotated session id, and a CSRF token when there is none or login rotated it.
import type { MiddlewareHandler } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';
import { secondsLeft } from '../expiry.js';
import { newToken, type Session, type SessionStore } from '../session.js';
import { CSRF_COOKIE } from './csrf.js';
import type { Env, RequestContext } from './env.js';

export const SESSION_COOKIE = 'authentik_session';

/** Django's CSRF cookie lifetime: one year. */
const CSRF_MAX_AGE = 31449600;

/** The request's session; `create` makes one (and its cookie) when there is none. */
export function sessionOf(
  c: RequestContext,
  sessions: SessionStore,
  create: boolean,
): Session | undefined {
  let session = c.get('session') ?? sessions.get(getCookie(c, SESSION_COOKIE));
  if (!session && create) session = sessions.create();
  if (session) c.set('session', session);
  return session;
}

/** Middleware: sets the session and CSRF cookies on the response when they changed. */
export const writeCookies: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  const session = c.get('session');
  if (session && session.id !== getCookie(c, SESSION_COOKIE)) {
    const maxAge = session.expiresAt ? secondsLeft(session.expiresAt) : undefined;
    c.res.headers.append(
      'Set-Cookie',
      generateCookie(SESSION_COOKIE, session.id, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        maxAge,
      }),
    );
  }
  const csrf = c.get('csrf') ?? (getCookie(c, CSRF_COOKIE) ? undefined : newToken());
  if (csrf) {
    c.res.headers.append(
      'Set-Cookie',
      generateCookie(CSRF_COOKIE, csrf, { path: '/', sameSite: 'Lax', maxAge: CSRF_MAX_AGE }),
    );
  }
};
