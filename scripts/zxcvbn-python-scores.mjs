// `node scripts/zxcvbn-python-scores.mjs`: writes test/fixtures/policy/zxcvbn-python-scores.json, 3000
// passwords of the shapes users type (common passwords, words with years and symbols, l33t, names,
// keyboard walks, dates, random strings), each with the score of the Python `zxcvbn` package
// (Debian's python3-zxcvbn 4.4.28, whose frequency lists and graphs equal those of 4.5.0, which
// authentik pins). Needs python3 with zxcvbn importable; deterministic (seeded).
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const f = require('zxcvbn/lib/frequency_lists.js');
let seed = 20261201;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (n) => Math.floor(rnd() * n);
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) =>
  w.replace(/[aeiost]/g, (c) =>
    rnd() < 0.6 ? { a: '@', e: '3', i: '1', o: '0', s: '$', t: '7' }[c] : c,
  );
const words = f.english_wikipedia,
  pw = f.passwords,
  tv = f.us_tv_and_film;
const names = [...f.female_names, ...f.male_names],
  sur = f.surnames;
const lists = [words, pw, tv, names, sur];
const sym = '!@#$%^&*?_-.';
const randStr = (n, cs) => Array.from({ length: n }, () => cs[int(cs.length)]).join('');
const lower = 'abcdefghijklmnopqrstuvwxyz',
  all = lower + lower.toUpperCase() + '0123456789' + sym;
const kb = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'qazwsxedc', '!@#$%^&*()'];
const gens = [
  () => pw[int(2000)],
  () => pw[int(30000)],
  () => words[int(30000)],
  () => cap(words[int(10000)]) + int(100),
  () => cap(pick(pick(lists))) + (1950 + int(75)) + pick(sym),
  () => pick(names) + (1950 + int(75)),
  () => pick(words) + pick(words),
  () => cap(pick(words)) + pick(sym) + cap(pick(words)) + int(10),
  () => pick(words) + pick(words) + pick(words),
  () => pick(words) + ' ' + pick(words) + ' ' + pick(words) + ' ' + pick(words),
  () => leet(pick(pw.slice(0, 5000))),
  () => leet(cap(pick(words))) + int(1000),
  () => pick(tv) + pick(sur),
  () => pick(names) + pick(sur) + int(100),
  () => {
    const k = pick(kb);
    const s = int(k.length - 4);
    return k.slice(s, s + 4 + int(k.length - s - 3));
  },
  () => pick(kb).slice(0, 6) + pick(kb).slice(0, 4),
  () => randStr(4 + int(4), lower),
  () => randStr(6 + int(6), lower),
  () => randStr(6 + int(8), all),
  () => randStr(8 + int(4), lower + '0123456789'),
  () => pick('abcx1!'.split('')).repeat(3 + int(8)) + int(100),
  () => 'abcdefghijklmnop'.slice(int(5), 6 + int(8)) + int(10),
  () => `${1 + int(12)}/${1 + int(28)}/${1950 + int(75)}`,
  () => pick(words).split('').reverse().join('') + int(100),
  () => pick(pw.slice(0, 1000)) + pick(pw.slice(0, 1000)),
  () => cap(pick(words)) + cap(pick(words)) + (10 + int(90)) + pick(sym),
  () => pick(words).toUpperCase() + int(10000),
];
const out = new Set();
while (out.size < 3000) {
  const p = pick(gens)();
  if (p && p.length <= 72 && !p.includes('\n')) out.add(p);
}
const python = process.env.PYTHON ?? 'python3';
const scored = JSON.parse(
  execFileSync(
    python,
    [
      '-c',
      'import json,sys\nfrom zxcvbn import zxcvbn\nimport zxcvbn as z\n' +
        'pws=json.load(sys.stdin)\n' +
        'print(json.dumps([[p, zxcvbn(p)["score"]] for p in pws]))',
    ],
    { input: JSON.stringify([...out]), maxBuffer: 1 << 26 },
  ).toString(),
);
const file = 'test/fixtures/policy/zxcvbn-python-scores.json';
writeFileSync(
  file,
  JSON.stringify(
    {
      about:
        'Scores of the Python zxcvbn package (4.4.28, same lists as 4.5.0 which authentik pins) ' +
        'for passwords of many shapes; written by scripts/zxcvbn-python-scores.mjs.',
      scores: scored,
    },
    null,
    0,
  ) + '\n',
);
console.log(`wrote ${scored.length} scores to ${file}`);
