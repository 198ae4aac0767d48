// Every URL the server hands us is checked here before it is navigated to, posted to or shown.

const SLUG = /^[-a-zA-Z0-9_]+$/;

/** authentik's slug rule: letters, digits, `-` and `_`, at most 50 characters. */
export function isValidSlug(slug: string | undefined | null): slug is string {
  return !!slug && slug.length <= 50 && SLUG.test(slug);
}

/** `url` resolved against `base`; null for what is not a non-empty string or not a URL. */
export function parseUrl(url: unknown, base: string): URL | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * A URL safe to navigate to or post a form to: http(s) or relative (resolved against `base`).
 * `javascript:`, `data:`, `vbscript:`, `file:` and anything else give null.
 */
export function safeNavigationUrl(url: unknown, base: string): string | null {
  const parsed = parseUrl(url, base);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')
    ? parsed.href
    : null;
}

/** A URL safe as an image source: http(s), relative, or an inline raster/SVG `data:image/` URL. */
export function safeImageUrl(url: unknown, base: string): string | null {
  const nav = safeNavigationUrl(url, base);
  if (nav) return nav;
  if (typeof url === 'string' && /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i.test(url)) {
    return url;
  }
  return null;
}

/**
 * Encodes what would split a URL inside `srcset` or cut it short: ASCII whitespace, which ends the
 * URL, and trailing commas, which the srcset parser drops. A comma inside stays, as `data:` URLs
 * need it (`data:image/png;base64,…`).
 */
export function srcsetSafe(url: string): string {
  return url
    .replace(
      /[\t\n\f\r ]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
    )
    .replace(/,+$/, (commas) => '%2C'.repeat(commas.length));
}
