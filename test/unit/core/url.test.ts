import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidSlug, safeImageUrl, safeNavigationUrl, srcsetSafe } from '../../../src/url.js';
import { safeScriptUrl } from '../../../src/script-url.js';

const base = 'https://auth.example.com/';

test('slugs follow authentik: [-a-zA-Z0-9_]+, at most 50', () => {
  assert.ok(isValidSlug('default-authentication-flow'));
  assert.ok(isValidSlug('a_B-9'));
  assert.ok(isValidSlug('x'.repeat(50)));
  for (const bad of ['', 'x'.repeat(51), 'a/b', '../x', 'a b', 'ä', 'a?b', undefined, null]) {
    assert.equal(isValidSlug(bad), false, String(bad));
  }
});

test('navigation allows http(s) and relative targets only', () => {
  assert.equal(safeNavigationUrl('/if/user/', base), 'https://auth.example.com/if/user/');
  assert.equal(
    safeNavigationUrl('https://app.example.com/cb?x=1', base),
    'https://app.example.com/cb?x=1',
  );
  assert.equal(safeNavigationUrl('http://localhost:9000/', base), 'http://localhost:9000/');
  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '',
    '   ',
    42,
    null,
  ]) {
    assert.equal(safeNavigationUrl(bad, base), null, String(bad));
  }
});

test('images also allow data:image URLs, but not data:text or script', () => {
  assert.equal(safeImageUrl('data:image/png;base64,AAAA', base), 'data:image/png;base64,AAAA');
  assert.equal(safeImageUrl('/static/bg.jpg', base), 'https://auth.example.com/static/bg.jpg');
  assert.equal(safeImageUrl('data:text/html;base64,AAAA', base), null);
  assert.equal(safeImageUrl('javascript:alert(1)', base), null);
});

test('srcset-safe URLs cannot be split into several candidates', () => {
  assert.equal(srcsetSafe('https://x/a b,c.jpg 2x'), 'https://x/a%20b,c.jpg%202x');
  assert.equal(
    srcsetSafe('https://x/a\tb\nc\fd\re.jpg,,'),
    'https://x/a%09b%0Ac%0Cd%0De.jpg%2C%2C',
  );
  // A data: URL keeps the comma that separates its header from its data.
  assert.equal(srcsetSafe('data:image/png;base64,AAAA'), 'data:image/png;base64,AAAA');
});

test('provider script URLs: https, plain http to this machine, never empty or another scheme', () => {
  const base = 'https://auth.example.com/';
  assert.equal(
    safeScriptUrl('https://challenges.cloudflare.com/turnstile/v0/api.js', base),
    'https://challenges.cloudflare.com/turnstile/v0/api.js',
  );
  assert.equal(
    safeScriptUrl('http://127.0.0.1:9000/dev/captcha/api.js', base),
    'http://127.0.0.1:9000/dev/captcha/api.js',
  );
  assert.equal(
    safeScriptUrl('/dev/captcha/api.js', base),
    'https://auth.example.com/dev/captcha/api.js',
  );
  for (const bad of [
    '',
    '   ',
    null,
    42,
    'http://evil.example/x.js',
    'javascript:alert(1)',
    'data:text/javascript,alert(1)',
  ]) {
    assert.equal(safeScriptUrl(bad, base), null, String(bad));
  }
});
