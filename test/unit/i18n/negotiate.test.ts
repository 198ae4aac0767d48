import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptLanguage,
  direction,
  negotiateLocale,
  parseAcceptLanguage,
} from '../../../src/i18n/negotiate.js';

const SHIPPED = ['ar', 'de', 'en', 'fr', 'nb', 'pt', 'pt-BR', 'zh-Hans', 'zh-Hant'];
const pick = (...tags: string[]) => negotiateLocale(tags, SHIPPED, 'en');

test('an exact tag wins, in any case', () => {
  assert.equal(pick('pt-BR'), 'pt-BR');
  assert.equal(pick('PT-br'), 'pt-BR');
  assert.equal(pick('zh-hant'), 'zh-Hant');
});

test('a regional variant falls back to its language', () => {
  assert.equal(pick('de-AT'), 'de');
  assert.equal(pick('de-CH-1996'), 'de');
  assert.equal(pick('pt-PT'), 'pt');
  assert.equal(pick('fr-CA'), 'fr');
});

test('Chinese goes by script', () => {
  assert.equal(pick('zh-TW'), 'zh-Hant');
  assert.equal(pick('zh-HK'), 'zh-Hant');
  assert.equal(pick('zh-MO'), 'zh-Hant');
  assert.equal(pick('zh-CN'), 'zh-Hans');
  assert.equal(pick('zh-SG'), 'zh-Hans');
  assert.equal(pick('zh'), 'zh-Hans');
  assert.equal(pick('zh-Hant-CN'), 'zh-Hant');
});

test('Norwegian and legacy codes', () => {
  assert.equal(pick('no'), 'nb');
  assert.equal(pick('nn-NO'), 'nb');
  assert.equal(negotiateLocale(['iw'], ['he', 'en'], 'en'), 'he');
  assert.equal(negotiateLocale(['in'], ['id', 'en'], 'en'), 'id');
});

test('preference order is kept; unknown, * and malformed tags are skipped; else the fallback', () => {
  assert.equal(pick('xx', 'de-DE', 'fr'), 'de');
  assert.equal(pick('*', 'not a tag!', 'fr'), 'fr');
  assert.equal(pick('ja', 'ko'), 'en');
  assert.equal(pick(), 'en');
});

test('direction: Arabic, Hebrew and Persian are right-to-left', () => {
  for (const l of ['ar', 'he', 'fa', 'ar-EG', 'ur']) assert.equal(direction(l), 'rtl', l);
  for (const l of ['de', 'en', 'zh-Hant', 'en-XA', 'tr', 'bogus!'])
    assert.equal(direction(l), 'ltr', l);
});

test('Accept-Language leads with the chosen locale, then the browser languages by weight', () => {
  assert.equal(acceptLanguage('de', ['en-US', 'en', 'de']), 'de, en-US;q=0.9, en;q=0.8');
  assert.equal(acceptLanguage('fr'), 'fr');
  assert.deepEqual(parseAcceptLanguage('de, en-US;q=0.9, en;q=0.8'), ['de', 'en-US', 'en']);
  assert.deepEqual(parseAcceptLanguage('en;q=0.5, fr;q=0, pt-BR'), ['pt-BR', 'en']);
  assert.deepEqual(parseAcceptLanguage(''), []);
});
