// The reference server's own strings in the user's language, as authentik translates its own with
// Django's gettext: the language comes from the request's Accept-Language (negotiated with the
// widget's rules, src/i18n/negotiate.ts, among the locales of messages.json) and holds for the
// whole request (AsyncLocalStorage, like Django's per-request activated language). `_()` wraps the
// strings the server writes itself: field errors, policy messages, access-denied and flow-error
// texts. Flow titles and admin-written blueprint texts never pass through it and stay as written.
// A string missing from messages.json stays English.
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import type { MiddlewareHandler } from 'hono';
import { negotiateLocale } from '../../src/i18n/negotiate.js';

/** English text → locale → translation; `{name}` placeholders. */
const CATALOG: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(new URL('./messages.json', import.meta.url), 'utf8'),
);
export const SERVER_LOCALES = [...new Set(Object.values(CATALOG).flatMap(Object.keys))].sort();
export const SERVER_MESSAGES = Object.keys(CATALOG);

const active = new AsyncLocalStorage<string>();

/** An Accept-Language header's tags, most wanted first (`q=0` ones dropped). */
export function parseAcceptLanguage(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((t) => t.tag);
}

/** The server's language for an Accept-Language header: a shipped locale, else English. */
export const languageFor = (header: string | undefined): string =>
  negotiateLocale(parseAcceptLanguage(header), SERVER_LOCALES, 'en');

/** The language of the request being handled (English outside one). */
export const language = (): string => active.getStore() ?? 'en';

/** Runs `fn` with `locale` as the language `_()` answers in. */
export const withLanguage = <T>(locale: string, fn: () => T): T => active.run(locale, fn);

/** Middleware: the request's Accept-Language chooses the language of everything it runs. */
export const acceptLanguage: MiddlewareHandler = (c, next) =>
  withLanguage(languageFor(c.req.header('accept-language')), next);

/** `text` (the server's own English) in the request's language, `{name}`s filled from `values`. */
export function _(text: string, values: Record<string, string | number> = {}): string {
  const translated = (Object.hasOwn(CATALOG, text) && CATALOG[text]![language()]) || text;
  return translated.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.hasOwn(values, k) ? String(values[k]) : m,
  );
}
