// The check of a third-party script's URL, apart from url.ts: only stages that load a script need
// it (through components/stages/kit/script.ts, a lazy chunk), so it stays out of the script-tag
// bundle, which every page downloads.
import { parseUrl } from './url.js';

/**
 * A URL a third-party script may be loaded from (a captcha provider, a social login SDK): https
 * only, except plain http to this machine (`localhost`, `127.0.0.1`, `[::1]`) for development
 * providers. Relative URLs resolve against `base` (authentik) first.
 */
export function safeScriptUrl(url: unknown, base: string): string | null {
  // An empty URL would resolve to `base` itself: a page, not a script.
  if (typeof url !== 'string' || !url.trim()) return null;
  const parsed = parseUrl(url, base);
  if (!parsed) return null;
  if (parsed.protocol === 'https:') return parsed.href;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return parsed.protocol === 'http:' && local ? parsed.href : null;
}
