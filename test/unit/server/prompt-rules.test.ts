// The prompt stage's fields as authentik's Prompt.field() builds them (DRF field classes): where a
// blank answer is allowed, which answers are trimmed, initial values as defaults, the hidden
// field's placeholder, file fields as data: URIs. The flow (test/fixtures/blueprints/models/
// prompt-rules.yaml) shows what the first prompt stored in a second one's read-only fields.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { Client, server, uniqueName, type Json } from './helpers.js';

const app = server({ blueprints: [resolve('test/fixtures/blueprints/models')] });
const blank = [{ string: 'This field may not be blank.', code: 'blank' }];

async function answer(body: Json) {
  const c = new Client(app);
  assert.equal((await c.get('prompt-rules')).component, 'ak-stage-prompt');
  return (await c.post('prompt-rules', { component: 'ak-stage-prompt', ...body })).body;
}

describe("prompt stage: DRF's rules as authentik's Prompt.field() sets them", () => {
  test('a blank answer: allowed for optional text and email and for the locale, else refused', async () => {
    const r = await answer({
      name: '',
      login: '   ',
      mail: '',
      secret: '',
      pick: '',
      lang: '',
      doc: '',
      count: '',
    });
    assert.deepEqual(r.response_errors, {
      // A username, password or file is a CharField that allows no blank, required or not;
      // whitespace alone is blank once trimmed.
      login: blank,
      secret: blank,
      doc: blank,
      // A choice and a number are not CharFields: "" is no choice and no integer.
      pick: [{ string: '"" is not a valid choice.', code: 'invalid_choice' }],
      count: [{ string: 'A valid integer is required.', code: 'invalid' }],
    });
  });

  test('numbers, dates and choices are not trimmed; an address has no empty label', async () => {
    const login = uniqueName('rules');
    const r = await answer({
      login,
      lang: 'de',
      count: '   ',
      pick: ' a ',
      mail: 'ada@example.com.',
    });
    assert.deepEqual(r.response_errors, {
      count: [{ string: 'A valid integer is required.', code: 'invalid' }],
      pick: [{ string: '" a " is not a valid choice.', code: 'invalid_choice' }],
      mail: [{ string: 'Enter a valid email address.', code: 'invalid' }],
    });
    // Python's int() takes surrounding spaces.
    const ok = await answer({ login, lang: 'de', count: ' 12 ' });
    assert.equal(ok.response_errors, undefined, JSON.stringify(ok.response_errors));
  });

  test('a file is a base64 data: URI (InlineFileField)', async () => {
    const login = uniqueName('rules');
    const scheme = await answer({ login, lang: 'de', doc: 'https://example.com/cv.pdf' });
    assert.deepEqual(scheme.response_errors, {
      doc: [{ string: 'Invalid scheme', code: 'invalid' }],
    });
    const encoding = await answer({ login, lang: 'de', doc: 'data:text/plain,hello' });
    assert.deepEqual(encoding.response_errors, {
      doc: [{ string: 'Invalid encoding', code: 'invalid' }],
    });
    const ok = await answer({ login, lang: 'de', doc: 'data:text/plain;base64,aGVsbG8=' });
    assert.equal(ok.component, 'ak-stage-prompt');
    assert.equal(ok.response_errors, undefined);
  });

  test('what is stored: trimmed but for text, initial values and the placeholder as defaults', async () => {
    const login = uniqueName('rules');
    // pick (initial: its first choice), nick (initial "Ada", required) and hid left out.
    const shown = await answer({
      name: '  spaced  ',
      login: `  ${login}  `,
      mail: ' ada@example.com ',
      secret: ' pw ',
      lang: '',
      count: '7',
      hid: 'tampered',
    });
    assert.equal(shown.response_errors, undefined, JSON.stringify(shown.response_errors));
    const stored = Object.fromEntries(
      (shown.fields as { field_key: string; initial_value: string }[]).map((f) => [
        f.field_key,
        f.initial_value,
      ]),
    );
    assert.deepEqual(stored, {
      name: '  spaced  ',
      login,
      mail: 'ada@example.com',
      pick: 'a',
      lang: '',
      count: '7',
      hid: 'from placeholder',
      nick: 'Ada',
    });
  });
});
