// What a request may cost the reference server. authentik runs under Django, which refuses request
// bodies over DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) with a 400; the server does the same before
// reading them, and refuses JSON nested deeper than any challenge answer needs.
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './env.js';

/** Django's DATA_UPLOAD_MAX_MEMORY_SIZE. */
export const MAX_BODY_BYTES = 2.5 * 1024 * 1024;

/** Challenge answers are shallow (a WebAuthn credential is the deepest, at 3). */
export const MAX_JSON_DEPTH = 16;

export const limitBody: MiddlewareHandler<Env> = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) =>
    c.json({ detail: 'Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.' }, 400),
});

/** The nesting depth of parsed JSON, stopping as soon as it passes `limit`. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
