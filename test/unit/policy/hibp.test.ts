// Have I Been Pwned: hashing, range parsing, what leaves the device, and an unreachable API.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePasswordPolicy, parseHibpRange, sha1Hex } from '../../../src/policy/index.js';
import { rangeFetch } from './fixtures.js';

const PASSWORD_SHA1 = '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8';
const ranges = {
  '5BAA6': '00000000000000000000000000000000000:42\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:7',
};
const hibpPolicy = { check_static_rules: false, check_have_i_been_pwned: true };

describe('hashing and parsing', () => {
  test('sha1Hex is uppercase SHA-1 of the UTF-8 bytes', async () => {
    assert.equal(await sha1Hex('password'), PASSWORD_SHA1);
    // UTF-8 bytes, as Python's password.encode("utf-8"); values from hashlib.sha1
    assert.equal(await sha1Hex('é'), 'BF15BE717AC1B080B4F1C456692825891FF5073D');
    assert.equal(await sha1Hex('😀'), '9C533688A979A858CBD6A43C9F91ABA624651F18');
  });

  test('parseHibpRange finds the suffix, case-insensitively, 0 when absent', () => {
    const body = 'AAA:1\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824\r\nBBB:3';
    assert.equal(parseHibpRange(body, '1E4C9B93F3F0682250B6CF8331B7EE68FD8'), 9545824);
    assert.equal(parseHibpRange(body, '1e4c9b93f3f0682250b6cf8331b7ee68fd8'), 9545824);
    assert.equal(parseHibpRange(body, 'CCC'), 0);
    assert.equal(parseHibpRange('', 'CCC'), 0);
  });
});

describe('evaluation', () => {
  test('only the 5-character prefix is sent, to the configured base', async () => {
    const { fetch, urls } = rangeFetch(ranges);
    await evaluatePasswordPolicy(hibpPolicy, 'password', {
      fetch,
      hibpRangeUrl: 'https://hibp.example/',
    });
    assert.deepEqual(urls, ['https://hibp.example/range/5BAA6']);
    assert.ok(!urls[0]!.includes(PASSWORD_SHA1.slice(5)));
    assert.ok(!urls[0]!.includes('password'));
  });

  test('the default base is api.pwnedpasswords.com', async () => {
    const { fetch, urls } = rangeFetch(ranges);
    await evaluatePasswordPolicy(hibpPolicy, 'password', { fetch });
    assert.deepEqual(urls, ['https://api.pwnedpasswords.com/range/5BAA6']);
  });

  test('fails when the count exceeds hibp_allowed_count, passes at equality', async () => {
    const { fetch } = rangeFetch(ranges);
    const over = await evaluatePasswordPolicy(
      { ...hibpPolicy, hibp_allowed_count: 6 },
      'password',
      {
        fetch,
      },
    );
    assert.deepEqual(over.messages, ['Password exists on 7 online lists.']);
    assert.equal(over.failed, 'hibp');
    assert.deepEqual(over.rules, [{ id: 'hibp', required: 6, actual: 7, met: false }]);
    const equal = await evaluatePasswordPolicy(
      { ...hibpPolicy, hibp_allowed_count: 7 },
      'password',
      {
        fetch,
      },
    );
    assert.equal(equal.passing, true);
    assert.equal(equal.rules[0]?.met, true);
  });

  test('unreachable API: rule unknown, passing not blocked', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const r = await evaluatePasswordPolicy(hibpPolicy, 'password', { fetch });
    assert.equal(r.passing, true);
    assert.deepEqual(r.messages, []);
    assert.equal(r.rules[0]?.met, 'unknown');
    assert.deepEqual(r.rules[0]?.detail, { reason: 'unreachable', error: 'Failed to fetch' });
  });

  test('an HTTP error is also unknown', async () => {
    const fetch = (async () => new Response('busy', { status: 503 })) as typeof globalThis.fetch;
    const r = await evaluatePasswordPolicy(hibpPolicy, 'password', { fetch });
    assert.equal(r.passing, true);
    assert.equal(r.rules[0]?.met, 'unknown');
  });

  test('a static failure still wins over an unknown HIBP', async () => {
    const fetch = (async () => {
      throw new TypeError('offline');
    }) as typeof globalThis.fetch;
    const r = await evaluatePasswordPolicy(
      { length_min: 20, error_message: 'short', check_have_i_been_pwned: true },
      'password',
      { fetch },
    );
    assert.equal(r.passing, false);
    assert.equal(r.failed, 'length_min');
  });

  test('checks.hibp = false and an empty password send nothing', async () => {
    const { fetch, urls } = rangeFetch(ranges);
    const skipped = await evaluatePasswordPolicy(hibpPolicy, 'password', {
      fetch,
      checks: { hibp: false },
    });
    assert.deepEqual(skipped.rules, [
      { id: 'hibp', required: 0, met: 'unknown', detail: { reason: 'skipped' } },
    ]);
    const empty = await evaluatePasswordPolicy(hibpPolicy, '', { fetch });
    assert.equal(empty.failed, 'missing');
    assert.deepEqual(urls, []);
  });

  test('an aborted signal rejects instead of answering', async () => {
    const controller = new AbortController();
    const fetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        if (init?.signal?.aborted) reject(init.signal.reason);
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const pending = evaluatePasswordPolicy(hibpPolicy, 'password', {
      fetch,
      signal: controller.signal,
    });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
