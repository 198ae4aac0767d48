// Interleaved A/B of two builds of the widget, for a change whose effect is smaller than the
// host's swing between runs of `npm run bench` (±15%, more within a day):
//
//   node scripts/build.mjs && cp -r dist/cdn /tmp/dist-a   (on the old commit)
//   node scripts/build.mjs && cp -r dist/cdn /tmp/dist-b   (on the new one)
//   npx tsx bench/ab.ts [--case first|late|next] [--rounds 16] /tmp/dist-a /tmp/dist-b
//
// Each build gets its own reference server; each round loads both, in alternating order, in
// fresh browser contexts. Cases, as `npm run bench` measures them:
// - first: answers and script in → first stage rendered (the answers preloaded, the script last);
// - late: the same with the executor's answer held back (the `slow` fault), so it comes last;
// - next: identification → password stage, from the answer's end to the stage rendered.
// Prints each build's median and mean, and in how many rounds B was faster.
import { parseArgs } from 'node:util';
import { DEMO, launch, startServer } from '../test/e2e/harness.js';
import type { Page } from 'playwright-core';

const { values, positionals } = parseArgs({
  options: {
    case: { type: 'string', default: 'first' },
    rounds: { type: 'string', default: '16' },
  },
  allowPositionals: true,
});
const kind = values.case;
if (!['first', 'late', 'next'].includes(kind) || positionals.length !== 2) {
  console.error('usage: npx tsx bench/ab.ts [--case first|late|next] [--rounds N] DIST_A DIST_B');
  process.exit(2);
}
const servers = await Promise.all(
  positionals.map((distDir) => startServer({ distDir, faults: kind === 'late' })),
);
if (kind === 'late') for (const s of servers) s.flow.faults!.set('slow', 'GET');
const browser = await launch();

/** Resolves each time the page has shown its n-th stage (said on its console, nothing polled). */
async function stages(page: Page) {
  let shown = 0;
  const waiting: [number, () => void][] = [];
  page.on('console', (m) => {
    if (m.text() !== 'ak-ab: stage') return;
    shown++;
    for (const [n, wake] of waiting) if (shown >= n) wake();
  });
  await page.addInitScript(() => {
    addEventListener('ak-flow-challenge', () => {
      const w = window as unknown as { __rendered?: number };
      w.__rendered = performance.now();
      queueMicrotask(() => console.debug('ak-ab: stage'));
    });
  });
  return (n: number) =>
    new Promise<void>((wake) => (shown >= n ? wake() : waiting.push([n, wake])));
}

/** One measure on `origin`, in ms. */
async function once(origin: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const shown = await stages(page);
  if (kind === 'next') {
    await page.goto(`${origin}/if/flow/demo-login/`, { waitUntil: 'commit' });
    await shown(1);
    const field = page.getByLabel(/username/i).first();
    await field.fill(DEMO.username);
    await page.evaluate(() => performance.clearResourceTimings());
    await field.press('Enter');
    await shown(2);
  } else {
    await page.goto(`${origin}/if/flow/demo-login/`, { waitUntil: 'commit' });
    await shown(1);
  }
  const ms = await page.evaluate(() => {
    const rendered = (window as unknown as { __rendered: number }).__rendered;
    const ins = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => e.name.includes('/api/v3/') || /\.js$/.test(new URL(e.name).pathname),
    );
    return rendered - Math.max(...ins.map((e) => e.responseEnd).filter((end) => end <= rendered));
  });
  await context.close();
  return ms;
}

const times: number[][] = [[], []];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const k of round % 2 ? [1, 0] : [0, 1]) times[k].push(await once(servers[k].url));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
positionals.forEach((dir, k) => {
  const runs = times[k].map((t) => t.toFixed(1)).join(' ');
  console.log(
    `${'AB'[k]} ${dir}: median ${median(times[k]).toFixed(1)} ms, mean ${mean(times[k]).toFixed(1)} ms  [${runs}]`,
  );
});
const faster = times[1].filter((t, i) => t < times[0][i]).length;
console.log(`${kind}: B faster in ${faster} of ${times[0].length} rounds`);
await browser.close();
await Promise.all(servers.map((s) => s.close()));
