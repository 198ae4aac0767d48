// Email addresses: the one validity check (prompt fields, the email authenticator) and masking.

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A plausible address: something@domain.tld, without spaces. */
export const isEmailAddress = (value: string): boolean => EMAIL_ADDRESS.test(value);

/** authentik's mask_email: `d***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  return `${email[0]}${'*'.repeat(Math.max(3, at - 1))}${email.slice(at)}`;
}
