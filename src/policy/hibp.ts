// Have I Been Pwned range API (k-anonymity): only the first 5 hex digits of the SHA-1 leave the device.

export const DEFAULT_HIBP_RANGE_URL = 'https://api.pwnedpasswords.com';

/** SHA-1 of the UTF-8 password, uppercase hex (the range API's spelling). */
export async function sha1Hex(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** The count of `suffix` in a range body of `SUFFIX:COUNT` lines (CRLF); 0 when absent. */
export function parseHibpRange(body: string, suffix: string): number {
  const wanted = suffix.toUpperCase();
  let count = 0;
  // Split on LF too and skip malformed lines: the server is strict, the client need not be.
  for (const line of body.split(/\r?\n/)) {
    const [hash, n] = line.split(':');
    if (n !== undefined && hash?.trim().toUpperCase() === wanted)
      count = Number.parseInt(n, 10) || 0;
  }
  return count;
}

export interface HibpOptions {
  fetch?: typeof fetch;
  hibpRangeUrl?: string;
  signal?: AbortSignal;
}

/** How many breaches list this password; rejects when the range API is unreachable or errors. */
export async function hibpCount(password: string, options: HibpOptions = {}): Promise<number> {
  const hash = await sha1Hex(password);
  const base = (options.hibpRangeUrl ?? DEFAULT_HIBP_RANGE_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  options.signal?.throwIfAborted();
  const response = await doFetch(`${base}/range/${hash.slice(0, 5)}`, { signal: options.signal });
  if (!response.ok) throw new Error(`HIBP range API answered ${response.status}`);
  return parseHibpRange(await response.text(), hash.slice(5));
}
