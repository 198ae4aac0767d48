// Shared helpers for the policy unit tests: the vectors file and a range API served from it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FailedId, PasswordPolicy } from '../../../src/policy/index.js';

export interface Vector {
  policy: string;
  password: string;
  expect: { passing: boolean; messages: string[]; failed: FailedId | null };
}

export interface VectorFile {
  default_symbol_charset: string;
  policies: Record<string, PasswordPolicy>;
  hibp_ranges: Record<string, string>;
  vectors: Vector[];
  zxcvbn: { password: string; threshold: number; passing: boolean }[];
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const repoVectorsPath = path.join(
  repoRoot,
  'test/fixtures/policy/password-policy-vectors.json',
);
/** The lead's copy, outside the repo: absent on CI machines. */
export const sharedVectorsPath = path.resolve(
  repoRoot,
  '..',
  'shared',
  'fixtures',
  'password-policy-vectors.json',
);

export const readVectors = (file: string): VectorFile =>
  JSON.parse(readFileSync(file, 'utf8')) as VectorFile;

export const sharedVectorsPresent = (): boolean => existsSync(sharedVectorsPath);

/**
 * A fetch that answers range requests from `ranges` and records every URL. A prefix absent from the
 * corpus gets an empty range (count 0): the corpus stands for the whole breach database.
 */
export function rangeFetch(ranges: Record<string, string>): {
  fetch: typeof fetch;
  urls: string[];
} {
  const urls: string[] = [];
  const fake = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    urls.push(url);
    const prefix = url.split('/range/')[1] ?? '';
    if (!/^[0-9A-F]{5}$/.test(prefix)) throw new TypeError(`bad range request ${url}`);
    return new Response(ranges[prefix] ?? '', {
      status: 200,
      headers: { 'content-type': 'text/plain' },
    });
  };
  return { fetch: fake as typeof fetch, urls };
}
