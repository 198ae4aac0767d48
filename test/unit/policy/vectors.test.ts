// Every vector in the fixture gives authentik's answer: passing, messages and the first failed rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { evaluatePasswordPolicy } from '../../../src/policy/index.js';
import type { VectorFile } from './fixtures.js';
import {
  rangeFetch,
  readVectors,
  repoVectorsPath,
  sharedVectorsPath,
  sharedVectorsPresent,
} from './fixtures.js';

async function checkVector(file: VectorFile, index: number): Promise<void> {
  const v = file.vectors[index]!;
  const policy = file.policies[v.policy];
  assert.ok(policy, `policy ${v.policy} exists`);
  const { fetch } = rangeFetch(file.hibp_ranges);
  const result = await evaluatePasswordPolicy(policy, v.password, { fetch });
  assert.deepEqual(
    { passing: result.passing, messages: result.messages, failed: result.failed ?? null },
    v.expect,
    `${v.policy} / ${JSON.stringify(v.password)}`,
  );
  // A verdict from every check: an 'unknown' would mean the corpus or the fetch is broken.
  if (v.password) assert.ok(result.rules.every((r) => r.met !== 'unknown'));
}

const repo = readVectors(repoVectorsPath);

describe('password-policy vectors (repo copy)', () => {
  test('the fixture is not empty', () => {
    assert.ok(repo.vectors.length >= 50);
    assert.ok(repo.zxcvbn.length >= 2);
  });

  repo.vectors.forEach((v, i) => {
    test(`#${i} ${v.policy}: ${JSON.stringify(v.password)}`, () => checkVector(repo, i));
  });

  for (const z of repo.zxcvbn) {
    test(`zxcvbn threshold ${z.threshold}: ${JSON.stringify(z.password)}`, async () => {
      const policy = {
        check_static_rules: false,
        check_zxcvbn: true,
        zxcvbn_score_threshold: z.threshold,
      };
      const result = await evaluatePasswordPolicy(policy, z.password);
      assert.equal(result.passing, z.passing);
      assert.equal(result.failed, z.passing ? undefined : 'zxcvbn');
      if (!z.passing) assert.equal(result.messages[0], 'Password is too weak.');
    });
  }

  test('the default charset of the fixture is ours (two backslashes)', async () => {
    const { DEFAULT_SYMBOL_CHARSET } = await import('../../../src/policy/index.js');
    assert.equal(repo.default_symbol_charset, DEFAULT_SYMBOL_CHARSET);
  });
});

describe('password-policy vectors (shared file)', () => {
  test('the repo copy equals ../shared/fixtures/password-policy-vectors.json', (t) => {
    if (!sharedVectorsPresent()) {
      console.log(`notice: ${sharedVectorsPath} is absent; comparison skipped`);
      return t.skip('shared vectors file absent');
    }
    assert.deepEqual(
      JSON.parse(readFileSync(repoVectorsPath, 'utf8')),
      JSON.parse(readFileSync(sharedVectorsPath, 'utf8')),
    );
  });

  test('every vector of the shared file passes', async (t) => {
    if (!sharedVectorsPresent()) {
      console.log(`notice: ${sharedVectorsPath} is absent; shared vectors skipped`);
      return t.skip('shared vectors file absent');
    }
    const shared = readVectors(sharedVectorsPath);
    for (let i = 0; i < shared.vectors.length; i++) await checkVector(shared, i);
  });
});
