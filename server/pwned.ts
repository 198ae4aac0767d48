// A local Have I Been Pwned range API (k-anonymity: GET /range/<5 hex> answers `SUFFIX:COUNT`
// lines, CRLF-separated) built from server/data/breached.txt, so policies work offline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const BREACHED_FILE = new URL('./data/breached.txt', import.meta.url);

/** Lines `password` or `password<TAB>count`; `#` starts a comment line. */
export function parseBreachedList(text: string): Map<string, number> {
  const hashes = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const [password = '', count] = line.split('\t');
    const sha1 = createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
    hashes.set(sha1, (hashes.get(sha1) ?? 0) + (count ? Number(count) || 1 : 1));
  }
  return hashes;
}

export class PwnedRanges {
  readonly hashes: Map<string, number>;

  constructor(text: string = readFileSync(BREACHED_FILE, 'utf8')) {
    this.hashes = parseBreachedList(text);
  }

  /** The range body for a 5-hex prefix (case-insensitive); empty when nothing matches. */
  range(prefix: string): string {
    const p = prefix.toUpperCase();
    return [...this.hashes]
      .filter(([hash]) => hash.startsWith(p))
      .map(([hash, count]) => `${hash.slice(5)}:${count}`)
      .sort()
      .join('\r\n');
  }
}
