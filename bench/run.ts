// `npm run bench`: what the widget costs, measured rather than asserted.
// - gzip bytes of the script-tag bundle, the IIFE bundle and every lazy chunk (budgets from
//   the architecture notes: main <= 25 KB, each chunk <= 10 KB except the zxcvbn dictionaries,
//   each locale chunk <= 6 KB); `npm run bench -- --sizes` prints only these;
// - requests made before the first stage paints, and whether they form one parallel round;
// - time from a challenge's response arriving to its stage being rendered (first stage and a
//   stage change), median of several runs, in Chromium against the reference server; the first
//   stage also through DevTools' network emulation (20 ms latency, 10 Mbit/s), there with the
//   navigation → first stage painted too (compressed as served, and every file as built), and with the
//   executor's answer held back (the `slow` fault), so that it comes after the script, as a real
//   authentik's does (bench/ab.ts compares two builds on these cases, interleaved);
// - keystroke-to-feedback time of the password-policy checklist over several typings: p50, the
//   worst keystroke (its median over the typings) and the single slowest;
// - the Python expression engine: start-up, warm evaluation p95, memory (bench/expressions.ts).
// Prints a table and writes bench/results.json.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, ensureBuilt, launch, startServer } from '../test/e2e/harness.js';
import { SLOW_ANSWER_MS } from '../server/dev/faults.js';
import { benchExpressions, expressionRows } from './expressions.js';
import { traceBreakdown } from './trace.js';
import { litFloor, serveLitFloor } from './lit-floor.js';
import { findChrome } from '../scripts/chrome.mjs';
import type { Breakdown } from './trace.js';
import {
  countStages,
  firstPaint,
  keystrokeFeedback,
  plainForm,
  stageChange,
  stagesShown,
} from './measure.js';
import type { PaintResult } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

ensureBuilt();
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunkDir = 'dist/cdn/chunks';
const chunks = readdirSync(chunkDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, gzip: gz(join(chunkDir, f)), raw: statSync(join(chunkDir, f)).size }))
  .sort((a, b) => b.gzip - a.gzip);
/** The strength meter's word lists and keyboard graphs (src/policy/zxcvbn-data), loaded together. */
const zxcvbnLists = chunks.filter((c) => /^zxcvbn-(?!feedback-)/.test(c.file));
const zxcvbnPacks = chunks.filter((c) => c.file.startsWith('zxcvbn-feedback-'));
const bundle = { module: gz('dist/cdn/ak-flow.js'), iife: gz('dist/cdn/ak-flow.iife.js') };
const localeDir = 'dist/cdn/locales';
const locales = readdirSync(localeDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, gzip: gz(join(localeDir, f)) }))
  .sort((a, b) => b.gzip - a.gzip);
/** locales/<locale>.<stage>-<hash>.js: a lazy stage's messages (scripts/split-locales.mjs). */
const isPart = (file: string) => /^[^.]+\.x?ak-/.test(file);
const sizeRows: [string, string][] = [
  [
    'ak-flow.js (script tag, gzip)',
    `${KB(bundle.module)}  (budget 25 KB; ${KB(statSync('dist/cdn/ak-flow.js').size)} as built)`,
  ],
  ['ak-flow.iife.js (classic, English only, gzip)', KB(bundle.iife)],
  ...chunks.map((c): [string, string] => [`  chunk ${c.file}`, KB(c.gzip)]),
  [
    `zxcvbn dictionaries (authentik's lists, ${zxcvbnLists.length} chunks, lazy, gzip)`,
    `${KB(zxcvbnLists.reduce((n, c) => n + c.gzip, 0))}  (budget 400 KB; ${KB(zxcvbnLists.reduce((n, c) => n + c.raw, 0))} as built)`,
  ],
  [
    `zxcvbn feedback translations (${zxcvbnPacks.length} packs, gzip)`,
    `largest ${KB(zxcvbnPacks[0]?.gzip ?? 0)}`,
  ],
  [`locale chunks (${locales.length}, budget 6 KB each)`, `largest ${KB(locales[0]?.gzip ?? 0)}`],
  // Each locale's main chunk (what a login needs); its lazy stages' parts (<locale>.<stage>-*.js,
  // loaded with each stage) summed up by their largest.
  ...locales
    .filter((c) => !isPart(c.file))
    .map((c): [string, string] => [`  locale ${c.file}`, KB(c.gzip)]),
  [
    `  lazy stages' parts (${locales.filter((c) => isPart(c.file)).length})`,
    `largest ${KB(locales.find((c) => isPart(c.file))?.gzip ?? 0)} (${locales.find((c) => isPart(c.file))?.file})`,
  ],
];
const printRows = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
};
if (process.argv.includes('--sizes')) {
  printRows(sizeRows);
  process.exit(0);
}

const server = await startServer();
/**
 * The same server with its executor's first answers held back SLOW_ANSWER_MS: a real authentik
 * takes 50-300 ms to answer, so the script is in and run before the challenge, as on most real
 * first visits (the reference server answers at once, and the script comes last).
 */
const slowServer = await startServer({ faults: true });
slowServer.flow.faults!.set('slow', 'GET');
const browser = await launch();
/** Lit alone, one element drawing the same form: the floor of a cold first stage for Lit. */
const floor = await serveLitFloor();

/** What measured: the executable's name and Chromium's version. */
const browserName = `${String(findChrome()).split('/').pop()} ${browser.version()}`;

const paints: PaintResult[] = [];
const changes: number[] = [];
const plain: number[] = [];
const litFloors: number[] = [];
/** Round trips before the first paint, from who started each request (runs of their own). */
const ROUND_RUNS = 5;
const rounds: number[] = [];
for (let i = 0; i < ROUND_RUNS; i++)
  rounds.push((await firstPaint(browser, server.url, { initiators: true })).roundTrips!);
/**
 * The same on the enrollment flow, whose first stage (a prompt with a password under a policy)
 * is a lazy chunk, and so is its policy control: the flow page preloads both beside the script
 * (the build's stage-chunks.json), else they are a third and a fourth round trip.
 */
const enrollmentRounds: number[] = [];
for (let i = 0; i < ROUND_RUNS; i++) {
  enrollmentRounds.push(
    (await firstPaint(browser, server.url, { initiators: true, slug: 'demo-enrollment' }))
      .roundTrips!,
  );
}
/**
 * The first stage on a slower network (20 ms latency, 10 Mbit/s): the script streams in (brotli,
 * as the reference server serves it: about 24 KB, some 20 ms at this rate), and V8 parses it as it
 * comes, but compiles it only once its last byte is in, so the figure stays about what it is on
 * loopback. There the bench also reports what the visitor waits: navigation → first stage painted.
 */
const NETWORK = { latency: 20, mbit: 10 };
const networkPaints: PaintResult[] = [];
/** The same with every file as built (what the visitor waited before the server compressed). */
const rawNetworkPaints: PaintResult[] = [];
const latePaints: PaintResult[] = [];
for (let i = 0; i < RUNS; i++) {
  paints.push(await firstPaint(browser, server.url));
  networkPaints.push(await firstPaint(browser, server.url, { network: NETWORK }));
  rawNetworkPaints.push(
    await firstPaint(browser, server.url, { network: NETWORK, uncompressed: true }),
  );
  latePaints.push(await firstPaint(browser, slowServer.url));
  changes.push(await stageChange(browser, server.url));
  plain.push(await plainForm(browser));
  litFloors.push(await litFloor(browser, floor.url));
}
await floor.close();
/** One traced run of each: where the first and the next stage's render time goes. */
async function breakdowns(): Promise<{ first: Breakdown; next: Breakdown }> {
  const context = await browser.newContext();
  await countStages(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('ak-flow-challenge', () => performance.mark('ak-stage-rendered'));
  });
  const rendered = (n: number) => stagesShown(page, n);
  const first = await traceBreakdown(
    browser,
    page,
    /\/api\/v3\/|\.js$/,
    'ak-stage-rendered',
    async () => {
      await page.goto(`${server.url}/if/flow/demo-login/`);
      await rendered(1);
    },
  );
  await page
    .getByLabel(/username/i)
    .first()
    .fill(DEMO.username);
  const next = await traceBreakdown(
    browser,
    page,
    /flows\/executor/,
    'ak-stage-rendered',
    async () => {
      await page
        .getByLabel(/username/i)
        .first()
        .press('Enter');
      await rendered(2);
    },
  );
  await context.close();
  return { first, next };
}

/**
 * Keystroke times over several typings, each on a fresh page: p50 over all of them, the raw
 * maximum (one keystroke of one typing: on a shared 2-core host it is often a pause of V8's
 * compilers or of the host), and the worst keystroke by its median over the typings (the
 * keystroke that is slow in every typing, such as the first, which turns rules met).
 */
const TYPINGS = Number(process.env.BENCH_TYPINGS ?? 5);
const typings: number[][] = [];
for (let i = 0; i < TYPINGS; i++) typings.push(await keystrokeFeedback(browser, server.url));
const keystrokes = typings.flat();
const perKeystroke = typings[0].map((_, k) => median(typings.map((t) => t[k])));
/** Each kind's median over several traced runs (one run's trace swings with the machine's load). */
const TRACED = Number(process.env.BENCH_TRACED ?? 5);
const traced: { first: Breakdown; next: Breakdown }[] = [];
for (let i = 0; i < TRACED; i++) traced.push(await breakdowns());
const medianOf = (runs: Breakdown[]): Breakdown =>
  Object.fromEntries(
    [...new Set(runs.flatMap((r) => Object.keys(r)))].map((k) => [
      k,
      median(runs.map((r) => r[k] ?? 0)),
    ]),
  );
const breakdown = {
  first: medianOf(traced.map((t) => t.first)),
  next: medianOf(traced.map((t) => t.next)),
};
await browser.close();
await server.close();
await slowServer.close();

// `--quick`: the widget's figures only, printed, with no results.json (for working on them).
const quick = process.argv.includes('--quick');
const expressions = quick ? undefined : await benchExpressions();
const first = paints[0];
const results = {
  date: new Date().toISOString(),
  browser: browserName,
  runs: RUNS,
  gzipBytes: { 'ak-flow.js': bundle.module, 'ak-flow.iife.js': bundle.iife, chunks, locales },
  budgets: { mainKB: 25, chunkKB: 10, localeKB: 6 },
  requestsBeforeFirstPaint: first.requestsBeforePaint,
  roundTripsBeforeFirstPaint: Math.max(...rounds),
  enrollmentRoundTripsBeforeFirstPaint: Math.max(...enrollmentRounds),
  apiRequestStartSpreadMs: median(paints.map((p) => p.apiStartSpreadMs)),
  firstStageRenderMs: median(paints.map((p) => p.firstRenderMs)),
  firstStagePaintMs: median(paints.map((p) => p.firstPaintMs)),
  firstStageRenderOnNetworkMs: median(networkPaints.map((p) => p.firstRenderMs)),
  navigationToFirstStageOnNetworkMs: median(networkPaints.map((p) => p.navigationToPaintMs)),
  navigationToFirstStageOnNetworkUncompressedMs: median(
    rawNetworkPaints.map((p) => p.navigationToPaintMs),
  ),
  answerAfterScriptMs: SLOW_ANSWER_MS,
  firstStageRenderAnswerLastMs: median(latePaints.map((p) => p.firstRenderMs)),
  firstStagePaintAnswerLastMs: median(latePaints.map((p) => p.firstPaintMs)),
  plainFormFirstLayoutMs: median(plain),
  litFloorFirstRenderMs: median(litFloors),
  litFloorScriptBytes: floor.bytes,
  stageChangeRenderMs: median(changes),
  renderBreakdownMs: breakdown,
  keystrokeToFeedbackMs: {
    typings: TYPINGS,
    median: median(keystrokes),
    max: Math.max(...keystrokes),
    worstKeystrokeMedian: Math.max(...perKeystroke),
    worstKeystroke: perKeystroke.indexOf(Math.max(...perKeystroke)),
    perKeystrokeMedian: perKeystroke.map((ms) => Math.round(ms * 100) / 100),
  },
  expressions,
};
if (!quick) writeFileSync('bench/results.json', JSON.stringify(results, null, 1) + '\n');

const rows: [string, string][] = [
  ...sizeRows,
  ['browser (2 cores shared with the server and the bench)', browserName],
  [
    'requests before first paint',
    `${first.requestsBeforePaint.length}: ${first.requestsBeforePaint.join(', ')}`,
  ],
  [
    'round trips before first paint',
    `${results.roundTripsBeforeFirstPaint} (worst of ${ROUND_RUNS}, by initiator; budget 2)`,
  ],
  [
    '  the same on /if/flow/demo-enrollment/ (a lazy first stage)',
    `${results.enrollmentRoundTripsBeforeFirstPaint} (worst of ${ROUND_RUNS}, by initiator; budget 2)`,
  ],
  [
    'API requests start within',
    `${results.apiRequestStartSpreadMs.toFixed(1)} ms of each other (one parallel round)`,
  ],
  [
    'answers and script in → first stage rendered',
    `${results.firstStageRenderMs.toFixed(1)} ms (median of ${RUNS}; budget 16 ms); painted: ${results.firstStagePaintMs.toFixed(1)} ms`,
  ],
  [
    `  the same at ${NETWORK.latency} ms latency, ${NETWORK.mbit} Mbit/s (DevTools emulation)`,
    `${results.firstStageRenderOnNetworkMs.toFixed(1)} ms (median of ${RUNS})`,
  ],
  [
    '    navigation → first stage painted, on that network',
    `${results.navigationToFirstStageOnNetworkMs.toFixed(1)} ms (median of ${RUNS}); every file as built, uncompressed: ${results.navigationToFirstStageOnNetworkUncompressedMs.toFixed(1)} ms`,
  ],
  [
    `  the answer after the script (held ${SLOW_ANSWER_MS} ms, as a real authentik takes 50-300)`,
    `${results.firstStageRenderAnswerLastMs.toFixed(1)} ms (median of ${RUNS}; budget 16 ms); painted: ${results.firstStagePaintAnswerLastMs.toFixed(1)} ms`,
  ],
  [
    '  floor: a plain HTML form on a fresh page, inserted → laid out, focused',
    `${results.plainFormFirstLayoutMs.toFixed(1)} ms (median of ${RUNS}; no script of ours, no shadow root)`,
  ],
  [
    '  floor for Lit: Lit alone and one element drawing that form, script in → rendered, focused',
    `${results.litFloorFirstRenderMs.toFixed(1)} ms (median of ${RUNS}; cold, ${KB(floor.bytes)} as built: bench/lit-floor.ts)`,
  ],
  [
    `  where it goes (median of ${TRACED} traced runs; cpu = main-thread CPU time)`,
    Object.entries(breakdown.first)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
  [
    'challenge → next stage rendered',
    `${results.stageChangeRenderMs.toFixed(1)} ms (median of ${RUNS}; budget 16 ms)`,
  ],
  [
    `  where it goes (median of ${TRACED} traced runs; cpu = main-thread CPU time)`,
    Object.entries(breakdown.next)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
  [
    'keystroke (input event) → checklist feedback',
    `p50 ${results.keystrokeToFeedbackMs.median.toFixed(1)} ms, worst keystroke ${results.keystrokeToFeedbackMs.worstKeystrokeMedian.toFixed(1)} ms (keystroke ${results.keystrokeToFeedbackMs.worstKeystroke + 1}, median of ${TYPINGS} typings), max ${results.keystrokeToFeedbackMs.max.toFixed(1)} ms (one of ${keystrokes.length}) (budget 2 ms)`,
  ],
  ...(expressions ? expressionRows(expressions) : []),
];
printRows(rows);
if (!quick) console.log('\nwritten: bench/results.json');
