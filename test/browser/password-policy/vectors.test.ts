// The repo's password-policy vectors, evaluated in Chromium (crypto.subtle, fetch, lazy zxcvbn chunk).
import { expect } from '@open-wc/testing';
import { evaluatePasswordPolicy } from '../../../src/policy/index.js';
import type { FailedId, PasswordPolicy } from '../../../src/policy/index.js';

interface VectorFile {
  policies: Record<string, PasswordPolicy>;
  hibp_ranges: Record<string, string>;
  vectors: {
    policy: string;
    password: string;
    expect: { passing: boolean; messages: string[]; failed: FailedId | null };
  }[];
  zxcvbn: { password: string; threshold: number; passing: boolean }[];
}

describe('password-policy vectors in the browser', () => {
  let file: VectorFile;
  const urls: string[] = [];
  const rangeFetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    // A prefix absent from the corpus is an empty range: the corpus is the whole database.
    return new Response(file.hibp_ranges[url.split('/range/')[1] ?? ''] ?? '', { status: 200 });
  }) as typeof window.fetch;

  before(async () => {
    const res = await fetch('/test/fixtures/policy/password-policy-vectors.json');
    expect(res.ok).to.equal(true);
    file = (await res.json()) as VectorFile;
  });

  it('every vector gives authentik’s answer', async () => {
    expect(file.vectors.length).to.be.greaterThan(50);
    for (const v of file.vectors) {
      const r = await evaluatePasswordPolicy(file.policies[v.policy]!, v.password, {
        fetch: rangeFetch,
      });
      expect(
        { passing: r.passing, messages: r.messages, failed: r.failed ?? null },
        `${v.policy} / ${JSON.stringify(v.password)}`,
      ).to.deep.equal(v.expect);
      if (v.password) expect(r.rules.every((x) => x.met !== 'unknown')).to.equal(true);
    }
    expect(urls.length).to.be.greaterThan(0);
    expect(urls.every((u) => /\/range\/[0-9A-F]{5}$/.test(u))).to.equal(true);
  });

  it('the zxcvbn cases match', async () => {
    for (const z of file.zxcvbn) {
      const r = await evaluatePasswordPolicy(
        { check_static_rules: false, check_zxcvbn: true, zxcvbn_score_threshold: z.threshold },
        z.password,
      );
      expect(r.passing, z.password).to.equal(z.passing);
    }
  });
});
