// "Remember me on this device" (the identification stage): the identifier alone, never a
// password, in localStorage. "Not you?" on a later stage forgets it (kit/fields.ts), so that a
// returning user who is someone else is not sent on as the remembered one again.

/** localStorage key of "remember me". */
export const REMEMBER_ME_KEY = 'ak-flow-remember-me';

export function readRemembered(): string | null {
  try {
    return localStorage.getItem(REMEMBER_ME_KEY);
  } catch {
    return null; // storage blocked (sandboxed frame, privacy mode)
  }
}

/** Stores `value`, or forgets the identifier when it is null or empty. */
export function writeRemembered(value: string | null): void {
  try {
    if (value) localStorage.setItem(REMEMBER_ME_KEY, value);
    else localStorage.removeItem(REMEMBER_ME_KEY);
  } catch {
    // storage blocked: remembering is a convenience only
  }
}
