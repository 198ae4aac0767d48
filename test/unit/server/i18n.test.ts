// The reference server answers in the user's language (authentik translates its own strings with
// Django's gettext by Accept-Language): field errors, policy and access-denied texts it writes
// itself; never the flow's title or other texts an admin wrote in a blueprint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  SERVER_LOCALES,
  SERVER_MESSAGES,
  _,
  languageFor,
  parseAcceptLanguage,
  withLanguage,
} from '../../../server/i18n/index.js';
import { Client } from './helpers.js';

const ROOT = process.cwd();

async function wrongPassword(language: string) {
  const client = new Client();
  client.language = language;
  const first = await client.get('demo-login');
  await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
  const r = await client.post('demo-login', { component: 'ak-stage-password', password: 'nope' });
  assert.equal(r.body.component, 'ak-stage-password');
  const errors = r.body.response_errors as Record<string, { string: string; code: string }[]>;
  return { error: errors.password?.[0], title: (first.flow_info as { title: string }).title };
}

test('a wrong password is answered in German to Accept-Language: de', async () => {
  const de = await wrongPassword('de');
  assert.deepEqual(de.error, { string: 'Ungültiges Passwort', code: 'invalid' });
  const fr = await wrongPassword('fr-CA,fr;q=0.9,en;q=0.5');
  assert.equal(fr.error?.string, 'Mot de passe invalide');
  const pt = await wrongPassword('pt-PT');
  assert.equal(pt.error?.string, 'Palavra-passe inválida');
  const en = await wrongPassword('');
  assert.equal(en.error?.string, 'Invalid password');
  const unknown = await wrongPassword('xx-YY, *');
  assert.equal(unknown.error?.string, 'Invalid password');
  // The flow's title is the admin's text: the same in every language.
  assert.equal(de.title, en.title);
});

test('a required field left out is answered in the request language', async () => {
  const client = new Client();
  client.language = 'ja';
  await client.get('demo-login');
  await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
  const r = await client.post('demo-login', { component: 'ak-stage-password' });
  const errors = r.body.response_errors as Record<string, { string: string }[]>;
  assert.equal(errors.password?.[0]?.string, 'この項目は必須です。');
});

test('Accept-Language: weights, wildcards and fallbacks as browsers send them', () => {
  assert.deepEqual(parseAcceptLanguage('en;q=0.3, de-AT, fr;q=0.8, *;q=0.1, it;q=0'), [
    'de-AT',
    'fr',
    'en',
    '*',
  ]);
  assert.equal(languageFor('de-AT,en;q=0.5'), 'de');
  assert.equal(languageFor('zh-TW'), 'zh-Hant');
  assert.equal(languageFor('zh-CN'), 'zh-Hans');
  assert.equal(languageFor('pt-BR'), 'pt-BR');
  assert.equal(languageFor('it;q=0, es'), 'es');
  assert.equal(languageFor(undefined), 'en');
  assert.equal(
    withLanguage('pl', () => _('Password exists on {count} online lists.', { count: 3 })),
    'Hasło znajduje się na listach w internecie (liczba: 3).',
  );
  assert.equal(_('Invalid password'), 'Invalid password', 'English outside a request');
  assert.equal(
    withLanguage('de', () => _('A text nobody translated')),
    'A text nobody translated',
  );
});

test('every server message is translated into every widget locale, placeholders intact', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
    targetLocales: string[];
  };
  const locales = config.targetLocales.filter((l) => l !== 'en-XA');
  assert.deepEqual(SERVER_LOCALES, [...locales].sort());
  const catalog = JSON.parse(
    readFileSync(join(ROOT, 'server/i18n/messages.json'), 'utf8'),
  ) as Record<string, Record<string, string>>;
  const holes = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
  for (const [english, t] of Object.entries(catalog)) {
    for (const l of locales) {
      assert.ok(t[l]?.trim(), `${l}: "${english}"`);
      assert.deepEqual(holes(t[l]!), holes(english), `${l}: "${english}" placeholders`);
      if (!/^[A-Z]+$/.test(english))
        assert.notEqual(t[l], english, `${l}: "${english}" untranslated`);
    }
  }
});

test("every _('…') in the server has a translation", () => {
  const files = readdirSync(join(ROOT, 'server'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts'),
  );
  const used = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(ROOT, 'server', f), 'utf8');
    for (const m of text.matchAll(/\b_\((['"])((?:(?!\1).)+)\1/g)) used.add(m[2]!);
  }
  assert.ok(used.has('Invalid password') && used.size > 25, [...used].join(' | '));
  for (const text of used) assert.ok(SERVER_MESSAGES.includes(text), `"${text}" in messages.json`);
});
