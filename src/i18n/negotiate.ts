// Picks the widget's language from what the page and the browser ask for. Framework-free, so the
// reference server negotiates `Accept-Language` with the same rules.

/** Right-to-left scripts among the locales we could ship (by primary language). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for Arabic, Hebrew, Persian and the other right-to-left languages, `ltr` otherwise. */
export function direction(locale: string): 'ltr' | 'rtl' {
  try {
    const { language, script } = new Intl.Locale(locale);
    if (script)
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(script) ? 'rtl' : 'ltr';
    return RTL.has(language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

function canonical(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(Intl.getCanonicalLocales(tag.trim())[0]!);
  } catch {
    return undefined;
  }
}

/**
 * The first of `requested` (in order of preference) that one of `available` serves, else
 * `fallback`. An exact tag wins (`pt-BR`); Chinese goes by script (`zh-TW`, `zh-HK` → `zh-Hant`,
 * `zh`, `zh-CN` → `zh-Hans`); Norwegian `no`/`nn` → `nb`; otherwise the language alone
 * (`de-AT` → `de`, `pt-PT` → `pt`). Matching ignores case; `*` and malformed tags are skipped.
 */
export function negotiateLocale(
  requested: readonly string[],
  available: readonly string[],
  fallback: string,
): string {
  const byLower = new Map(available.map((a) => [a.toLowerCase(), a]));
  const find = (tag: string) => byLower.get(tag.toLowerCase());
  for (const raw of requested) {
    if (!raw || raw.trim() === '*') continue;
    const exact = find(raw.trim());
    if (exact) return exact;
    const loc = canonical(raw);
    if (!loc) continue;
    const hit =
      find(loc.baseName) ??
      (loc.language === 'zh' ? find(`zh-${loc.maximize().script ?? 'Hans'}`) : undefined) ??
      (loc.region ? find(`${loc.language}-${loc.region}`) : undefined) ??
      (['no', 'nn'].includes(loc.language) ? find('nb') : undefined) ??
      find(loc.language);
    if (hit) return hit;
  }
  return fallback;
}

/** An `Accept-Language` value leading with `locale`, then the browser's own languages. */
export function acceptLanguage(locale: string, browser: readonly string[] = []): string {
  const tags = [locale, ...browser.filter((b) => b.toLowerCase() !== locale.toLowerCase())];
  return tags
    .slice(0, 10)
    .map((t, i) => (i === 0 ? t : `${t};q=${Math.max(0.1, 1 - i * 0.1).toFixed(1)}`))
    .join(', ');
}

/** Parses `Accept-Language` into tags, most wanted first (`q=0` dropped). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag!.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((e) => e.tag && Number.isFinite(e.q) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
}
