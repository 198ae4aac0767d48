// The ./testing entry's TOTP codes: RFC 6238's own test vectors, and the same codes as otpauth
// (the library the reference server's authenticator stages verify with).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Secret, TOTP } from 'otpauth';
import { totpCode } from '../../../src/testing/index.js';

/** RFC 6238 appendix B: the ASCII seeds, base32-encoded; 8 digits. */
const SEEDS = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
} as const;
const VECTORS: [number, Record<keyof typeof SEEDS, string>][] = [
  [59, { SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' }],
  [1111111109, { SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' }],
  [1234567890, { SHA1: '89005924', SHA256: '91819424', SHA512: '93441116' }],
  [20000000000, { SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' }],
];

test('totpCode gives the RFC 6238 test vectors', () => {
  for (const [seconds, expected] of VECTORS) {
    for (const algorithm of ['SHA1', 'SHA256', 'SHA512'] as const) {
      const secret = Secret.fromLatin1(SEEDS[algorithm]).base32;
      assert.equal(
        totpCode(secret, { timestamp: seconds * 1000, digits: 8, algorithm }),
        expected[algorithm],
        `${algorithm} at ${seconds}`,
      );
    }
  }
});

test('totpCode agrees with otpauth on random secrets, with spaces and lower case accepted', () => {
  for (let i = 0; i < 50; i++) {
    const secret = new Secret({ size: 20 }).base32;
    const timestamp = Date.UTC(2026, 0, 1) + i * 7_919_000;
    const expected = new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp });
    const spaced = secret.toLowerCase().replace(/(.{4})/g, '$1 ');
    assert.equal(totpCode(spaced, { timestamp }), expected);
  }
  assert.throws(() => totpCode('not base32!'), /not a base32/);
});
