// Email addresses: the one validity check (prompt fields, the email authenticator) and masking.

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * A plausible address: something@domain.tld, without spaces, and no empty label in the domain
 * (Django's validator refuses `a@example.com.` and `a@example..com`, which mask_email cannot mask).
 */
export const isEmailAddress = (value: string): boolean => EMAIL_ADDRESS.test(value);

/** Parts of up to this many characters are masked whole (authentik's `limit`). */
const MASK_LIMIT = 2;

/** `abc` → `a**`, `ab` → `**` (lengths in code points, as Python's len). */
function maskPart(part: string): string {
  const chars = [...part];
  return chars.length <= MASK_LIMIT
    ? '*'.repeat(chars.length)
    : chars[0]! + '*'.repeat(chars.length - 1);
}

/**
 * authentik's mask_email (authentik/lib/utils/email.py): the local part and every domain label
 * but the TLD keep only their first character, and parts of one or two characters are masked
 * whole: `myname@company.org` → `m*****@c******.org`, `xx@0.co` → `**@*.co`. An address it cannot
 * split throws, with authentik's ValueError message.
 */
export function maskEmail(email: string): string {
  const invalid = (why: string) => new Error(`Invalid email format: ${why}`);
  const parts = email.split('@');
  if (parts.length !== 2) throw invalid("Must contain exactly one '@' symbol");
  const [local, domain] = parts as [string, string];
  if (!local || !domain) throw invalid('Local and domain parts cannot be empty');
  const labels = domain.split('.');
  if (labels.length < 2) throw invalid('Domain must contain at least one dot');
  const tld = labels.pop()!;
  if (labels.some((label) => !label)) throw invalid('Domain parts cannot be empty');
  if (!tld) throw invalid('TLD cannot be empty');
  return `${maskPart(local)}@${[...labels.map(maskPart), tld].join('.')}`;
}
