// Interleaved A/B of two builds of the widget, for a change whose effect is smaller than the
// host's swing between runs of `npm run bench` (±15%, more within a day):
//
//   node scripts/build.mjs && cp -r dist/cdn /tmp/dist-a   (on the old commit)
//   node scripts/build.mjs && cp -r dist/cdn /tmp/dist-b   (on the new one)
//   npx tsx bench/ab.ts [--case first|late|next|keys] [--rounds 16] /tmp/dist-a /tmp/dist-b
//
// Each build gets its own reference server; each round loads both, in alternating order, in
// fresh browser contexts. Cases, measured as `npm run bench` does (bench/measure.ts):
// - first: answers and script in → first stage rendered (the answers preloaded, the script last);
// - late: the same with the executor's answer held back (the `slow` fault), so it comes last;
// - next: identification → password stage, from the answer's end to the stage rendered;
// - keys: a typing's mean keystroke → checklist feedback, on the enrollment flow.
// Prints each build's median and mean, and in how many rounds B was faster.
import { parseArgs } from 'node:util';
import { launch, startServer } from '../test/e2e/harness.js';
import { firstPaint, keystrokeFeedback, stageChange } from './measure.js';

const { values, positionals } = parseArgs({
  options: {
    case: { type: 'string', default: 'first' },
    rounds: { type: 'string', default: '16' },
  },
  allowPositionals: true,
});
const kind = values.case;
if (!['first', 'late', 'next', 'keys'].includes(kind) || positionals.length !== 2) {
  console.error(
    'usage: npx tsx bench/ab.ts [--case first|late|next|keys] [--rounds N] DIST_A DIST_B',
  );
  process.exit(2);
}
const servers = await Promise.all(
  positionals.map((distDir) => startServer({ distDir, faults: kind === 'late' })),
);
if (kind === 'late') for (const s of servers) s.flow.faults!.set('slow', 'GET');
const browser = await launch();

/**
 * One measure on `origin`, in ms, as `npm run bench` takes it (bench/measure.ts). `keys`: the
 * mean keystroke of one typing (22 keystrokes), the most stable figure of a typing.
 */
async function once(origin: string): Promise<number> {
  if (kind === 'next') return stageChange(browser, origin);
  if (kind === 'keys') {
    const times = await keystrokeFeedback(browser, origin);
    return times.reduce((a, b) => a + b, 0) / times.length;
  }
  return (await firstPaint(browser, origin)).firstRenderMs;
}

const times: number[][] = [[], []];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const k of round % 2 ? [1, 0] : [0, 1]) times[k].push(await once(servers[k].url));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Keystrokes take well under a millisecond: two decimals. */
const ms = (t: number) => t.toFixed(kind === 'keys' ? 2 : 1);
positionals.forEach((dir, k) => {
  const runs = times[k].map(ms).join(' ');
  console.log(
    `${'AB'[k]} ${dir}: median ${ms(median(times[k]))} ms, mean ${ms(mean(times[k]))} ms  [${runs}]`,
  );
});
const faster = times[1].filter((t, i) => t < times[0][i]).length;
console.log(`${kind}: B faster in ${faster} of ${times[0].length} rounds`);
await browser.close();
await Promise.all(servers.map((s) => s.close()));
