// CORS for /api/: only the configured origins, with credentials (the session cookie) and the
// CSRF header, like django-cors-headers with CORS_ALLOW_CREDENTIALS.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { CSRF_HEADER } from './csrf.js';
import type { Env } from './env.js';

export function apiCors(origins: string[]): MiddlewareHandler<Env> {
  return cors({
    origin: origins,
    credentials: true,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', CSRF_HEADER],
    maxAge: 600,
  });
}
