// Same site or cross site, as the browser decides whether SameSite=Lax cookies travel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameSite, siteOf } from '../../../src/site.js';

test('the site is the scheme and the registrable domain', () => {
  assert.equal(siteOf('https://auth.example.com/api/'), 'https://example.com');
  assert.equal(siteOf('https://a.b.example.co.uk'), 'https://example.co.uk');
  assert.equal(siteOf('http://127.0.0.1:9000'), 'http://127.0.0.1');
  assert.equal(siteOf('http://localhost:8000'), 'http://localhost');
  assert.equal(siteOf('http://[::1]:8000'), 'http://[::1]');
});

test('ports do not matter, schemes and domains do', () => {
  assert.ok(sameSite('https://app.example.com', 'https://auth.example.com:8443'));
  assert.ok(sameSite('http://127.0.0.1:1', 'http://127.0.0.1:2'));
  assert.ok(!sameSite('http://localhost:1', 'http://127.0.0.1:1'));
  assert.ok(!sameSite('https://app.example.com', 'https://auth.example.net'));
  assert.ok(!sameSite('http://app.example.com', 'https://auth.example.com'));
});
