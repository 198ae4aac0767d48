// Logging in in every shipped language with the built bundle and the reference server: German
// from the page's lang (no locale attribute), the others from the attribute (ar, he, fa
// right-to-left), a wrong password first. "No English left" is checked against the widget's own English messages (the XLIFF
// sources): none may show on the stage, nor the English of the strings the server sends (button
// label, the wrong password's field error), which the server translates by Accept-Language as
// authentik does (server/i18n/messages.json): the stage must show the server's translation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO, openPage, startServer, useE2E } from './harness.js';

/** The reference server's own strings (English → locale → text) that a login shows. */
const SERVER = JSON.parse(readFileSync('server/i18n/messages.json', 'utf8')) as Record<
  string,
  Record<string, string>
>;
const SERVER_STRINGS = ['Log in', 'Invalid password'];

/** Every English message of the widget that the locale translates differently, split at placeholders. */
function englishFragments(locale: string): string[] {
  const text = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  const units = [...text.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)];
  const fragments = new Set<string>();
  for (const [, source, target] of units) {
    if (source === target) continue;
    for (const part of source!.split(/<x [^>]*\/>/)) {
      const t = part
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trim();
      // Short leftovers ("or", ":") say nothing; a word of two letters is not English proof.
      if (t.length >= 6) fragments.add(t);
    }
  }
  for (const english of SERVER_STRINGS) fragments.add(english);
  return [...fragments];
}

/** Every shipped locale but the pseudo-locale (its accents leave English words readable). */
const LOCALES = (
  JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] }
).targetLocales.filter((l) => l !== 'en-XA');

const page = (attrs: string, lang: string) => () =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>i18n</title>` +
      `<link rel="icon" href="data:,"><script type="module" src="/static/dist/ak-flow.js"></script>` +
      `</head><body><ak-flow-executor slug="demo-login" ${attrs}></ak-flow-executor></body></html>`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );

const e2e = useE2E(() =>
  startServer(
    {},
    {
      '/de.html': page('', 'de-AT'),
      ...Object.fromEntries(LOCALES.map((l) => [`/locale/${l}.html`, page(`locale="${l}"`, 'en')])),
    },
  ),
);

/**
 * The stage's text through every shadow root, with what screen readers read (aria-label...). A
 * string, not a function: tsx would wrap a nested function's name in a helper the page lacks.
 */
const STAGE_TEXT = `(() => {
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.data;
    if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return '';
    let s = '';
    if (n instanceof Element) {
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        if (n.hasAttribute(a)) s += ' ' + n.getAttribute(a) + ' ';
      }
      if (n.shadowRoot) s += walk(n.shadowRoot);
    }
    for (const c of n.childNodes) s += walk(c) + ' ';
    return s;
  };
  const exec = document.querySelector('ak-flow-executor');
  return walk((exec.shadowRoot || exec).querySelector('[part="stage"]')).replace(/\\s+/g, ' ');
})()`;
const stageText = (p: Page) => p.evaluate<string>(STAGE_TEXT);

async function assertNoEnglish(p: Page, locale: string, where: string) {
  const shown = await stageText(p);
  assert.ok(shown.trim().length > 20, `${where}: the stage shows text`);
  // Whole words only: French "Continuer" contains English "Continue" and is not English.
  const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const left = englishFragments(locale).filter((f) =>
    new RegExp(`(^|[^\\p{L}])${escape(f)}($|[^\\p{L}])`, 'u').test(shown),
  );
  assert.deepEqual(left, [], `${where}: English left on the stage: ${shown}`);
}

/** German from the page's lang (no attribute); every other shipped locale from the attribute. */
const cases = [
  { locale: 'de', path: '/de.html', dir: 'ltr' },
  ...LOCALES.filter((l) => l !== 'de').map((locale) => ({
    locale,
    path: `/locale/${locale}.html`,
    dir: ['ar', 'he', 'fa'].includes(locale) ? 'rtl' : 'ltr',
  })),
];

describe('e2e: logging in in another language', () => {
  for (const c of cases) {
    it(`${c.locale}: identification, a wrong password, then the right one; lang, dir, Accept-Language`, async () => {
      const { context, page: p, problems } = await openPage(e2e.browser);
      const languages: Promise<string>[] = [];
      p.on('request', (req) => {
        if (req.url().includes('/api/v3/'))
          languages.push(
            req.allHeaders().then((h) => `${req.url()} ${h['accept-language'] ?? ''}`),
          );
      });
      try {
        await p.goto(`${e2e.server.url}${c.path}?next=%2Fok%2F`);
        const layout = p.locator('ak-flow-executor [part="layout"]');
        const uid = p.locator('ak-stage-identification input[name="username"]');
        await uid.waitFor();
        assert.equal(await layout.getAttribute('lang'), c.locale);
        assert.equal(await layout.getAttribute('dir'), c.dir);
        await assertNoEnglish(p, c.locale, 'identification');

        await uid.fill(DEMO.username);
        await uid.press('Enter');
        const password = p.locator('ak-stage-password input[type="password"]');
        await password.fill('not-the-password');
        await password.press('Enter');
        await p.locator('ak-stage-password input[type=password][aria-invalid=true]').waitFor();
        await assertNoEnglish(p, c.locale, 'password, after a wrong one');
        const serverError = SERVER['Invalid password']![c.locale]!;
        assert.ok((await stageText(p)).includes(serverError), `the server's "${serverError}"`);

        await password.fill(DEMO.password);
        await password.press('Enter');
        await p.locator('ak-stage-user-login').waitFor();
        await assertNoEnglish(p, c.locale, 'stay signed in');
        assert.equal(await layout.getAttribute('lang'), c.locale);

        assert.ok(languages.length >= 4, 'requests were seen');
        for (const l of await Promise.all(languages)) {
          assert.match(l.split(' ').slice(1).join(' '), new RegExp(`^${c.locale}(,|$)`), l);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
