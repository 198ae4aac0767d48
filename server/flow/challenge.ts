// Helpers for challenge JSON: errors in DRF's shape, avatars, relative-URL checks, Python-style titles.
import { pythonFormat } from '../blueprints/tags.js';

export interface ErrorDetail {
  string: string;
  code: string;
}
export type ResponseErrors = Record<string, ErrorDetail[]>;
export type Challenge = { component: string } & Record<string, unknown>;

export const NON_FIELD = 'non_field_errors';

export function errors(field: string, message: string, code = 'invalid'): ResponseErrors {
  return { [field]: [{ string: message, code }] };
}

/** An initials avatar as an inline SVG data URL (authentik's "initials" avatar mode). */
export function avatarUrl(name: string): string {
  const initials =
    name
      .split(/[\s._@-]+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('') || '?';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" fill="#2b6cb0"/><text x="50%" y="50%" dy=".35em" fill="#fff" ` +
    `font-family="sans-serif" font-size="26" text-anchor="middle">${initials.replace(/[<&>"]/g, '')}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** authentik's is_url_absolute, stricter: anything with a scheme or a host is not a safe `next`. */
export function isRelativeUrl(url: string): boolean {
  if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return false;
  try {
    return new URL(url, 'http://relative.invalid').host === 'relative.invalid';
  } catch {
    return false;
  }
}

/** `flow.title % {"app": ..., "user": ...}`, falling back to the raw title like authentik. */
export function formatTitle(title: string, app: string, user: string): string {
  try {
    return pythonFormat(title, { app, user });
  } catch {
    return title;
  }
}
