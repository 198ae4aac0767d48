// `npx tsx bench/listformat.ts`: what the first Intl.ListFormat of a page costs in Chromium, beside
// Intl.PluralRules and a second (cached-locale) ListFormat; fresh pages, several locales. Why the
// identification stage's "Email or Username" label is composed with msg() on the first paint
// (components/stages/identification/ak-stage-identification.ts).
import { launch } from '../test/e2e/harness.js';

const browser = await launch();
const first: number[] = [];
for (const locale of ['en', 'de', 'ar', 'ja', 'ru']) {
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const r = await page.evaluate((l) => {
      const t0 = performance.now();
      new Intl.PluralRules(l).select(3);
      const t1 = performance.now();
      const s = new Intl.ListFormat(l, { type: 'disjunction' }).format([
        'Email',
        'Username',
        'UPN',
      ]);
      const t2 = performance.now();
      new Intl.ListFormat(l, { type: 'disjunction' }).format(['a', 'b']);
      const t3 = performance.now();
      return { plural: t1 - t0, list: t2 - t1, second: t3 - t2, s };
    }, locale);
    first.push(r.list);
    console.log(
      `${locale}: PluralRules ${r.plural.toFixed(1)} ms, first ListFormat ${r.list.toFixed(1)} ms, ` +
        `second ${r.second.toFixed(1)} ms  (${r.s})`,
    );
    await page.close();
  }
}
first.sort((a, b) => a - b);
console.log(
  `first ListFormat of a page: median ${first[Math.floor(first.length / 2)]!.toFixed(1)} ms, ` +
    `range ${first[0]!.toFixed(1)}–${first[first.length - 1]!.toFixed(1)} ms`,
);
await browser.close();
