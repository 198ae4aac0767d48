// zxcvbn-ts's feedback translations: by widget locale, translations only, the score unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zxcvbnPackLocale, zxcvbnScore, zxcvbnTranslations } from '../../../src/policy/index.js';

describe('zxcvbn feedback translations', () => {
  test('a pack where zxcvbn-ts publishes one, by base language; none elsewhere', () => {
    assert.equal(zxcvbnPackLocale('de'), 'de');
    assert.equal(zxcvbnPackLocale('de-AT'), 'de');
    assert.equal(zxcvbnPackLocale('pt-BR'), 'pt-BR');
    assert.equal(zxcvbnPackLocale('es'), 'es');
    assert.equal(zxcvbnPackLocale('nl'), 'nl');
    // European Portuguese, and languages zxcvbn-ts has no 3.x pack for: the widget's own texts.
    for (const l of ['pt', 'ru', 'sv', 'zh-Hans', 'ko', 'he']) {
      assert.equal(zxcvbnPackLocale(l), undefined, l);
    }
  });

  test('the pack words every key the scorer gives, and the score does not depend on it', async () => {
    const de = await zxcvbnTranslations('de');
    assert.ok(de);
    const r = await zxcvbnScore('password');
    assert.equal(r.warningKey, 'topTen');
    assert.equal(de.warnings[r.warningKey], 'Dies ist ein sehr häufig verwendetes Passwort.');
    for (const k of r.suggestionKeys) assert.ok(de.suggestions[k], k);
    // The English words the policy's messages carry are zxcvbn-ts's English pack's.
    assert.equal(r.warning, 'This is a heavily used password.');
    assert.equal((await zxcvbnScore('password')).score, r.score);
    assert.equal(await zxcvbnTranslations('ru'), undefined);
  });
});
