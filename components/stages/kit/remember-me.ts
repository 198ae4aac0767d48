// "Remember me on this device" (the identification stage): the identifier alone, never a
// password, in localStorage, one per authentik (a page may embed widgets of more than one: one
// server is never sent another's user). "Not you?" on a later stage forgets it (kit/fields.ts),
// so that a returning user who is someone else is not sent on as the remembered one again.

/** localStorage key of "remember me" for the authentik at `base` (a stage's `config.baseUrl`). */
export const rememberKey = (base: string): string => `ak-flow-remember-me ${base}`;

export function readRemembered(base: string): string | null {
  try {
    return localStorage.getItem(rememberKey(base));
  } catch {
    return null; // storage blocked (sandboxed frame, privacy mode)
  }
}

/** Stores `value`, or forgets the identifier when it is null or empty. */
export function writeRemembered(base: string, value: string | null): void {
  try {
    if (value) localStorage.setItem(rememberKey(base), value);
    else localStorage.removeItem(rememberKey(base));
  } catch {
    // storage blocked: remembering is a convenience only
  }
}
