// Lifetimes and expiry times, in one place: authentik's timedelta strings, a stage's
// `token_expiry`, and "is this timestamp (ms) in the past".

/** authentik's timedelta_from_string: "days=30;hours=1" → seconds. */
export function timedeltaSeconds(value: string): number {
  const units: Record<string, number> = {
    microseconds: 1e-6,
    milliseconds: 1e-3,
    seconds: 1,
    minutes: 60,
    hours: 3600,
    days: 86400,
    weeks: 604800,
  };
  let total = 0;
  for (const part of value.split(';')) {
    const [key, n] = part.split('=').map((s) => s.trim());
    if (key && n && key in units) total += Number(n) * units[key]!;
  }
  return total;
}

/** authentik's default `token_expiry`: 30 minutes. */
export const DEFAULT_TOKEN_EXPIRY_SECONDS = 30 * 60;

/**
 * A stage's `token_expiry` in seconds: minutes when a number (the older integer field), a timedelta
 * string ("minutes=30"), else the default.
 */
export function tokenExpirySeconds(raw: unknown): number {
  if (typeof raw === 'number') return raw * 60;
  return typeof raw === 'string' && raw.includes('=')
    ? timedeltaSeconds(raw)
    : DEFAULT_TOKEN_EXPIRY_SECONDS;
}

/** The time (ms since the epoch) `seconds` from `now`. */
export const expiresAt = (seconds: number, now = Date.now()): number => now + seconds * 1000;

/** Whether an expiry time (ms since the epoch) has passed. */
export const isExpired = (at: number, now = Date.now()): boolean => at < now;

/** Whole seconds left until an expiry time, e.g. for a cookie's Max-Age. */
export const secondsLeft = (at: number, now = Date.now()): number => Math.round((at - now) / 1000);
