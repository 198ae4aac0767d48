// `npm run bench`: what the widget costs, measured rather than asserted.
// - gzip bytes of the script-tag bundle, the IIFE bundle and every lazy chunk (budgets from
//   the architecture notes: main <= 25 KB, each chunk <= 10 KB except the zxcvbn dictionaries,
//   each locale chunk <= 6 KB); `npm run bench -- --sizes` prints only these;
// - requests made before the first stage paints, and whether they form one parallel round;
// - time from a challenge's response arriving to its stage being rendered (first stage and a
//   stage change), median of several runs, in Chromium against the reference server; the first
//   stage also through DevTools' network emulation (20 ms latency, 10 Mbit/s), and with the
//   executor's answer held back (the `slow` fault), so that it comes after the script, as a real
//   authentik's does (bench/ab.ts compares two builds on these cases, interleaved);
// - keystroke-to-feedback time of the password-policy checklist;
// - the Python expression engine: start-up, warm evaluation p95, memory (bench/expressions.ts).
// Prints a table and writes bench/results.json.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, ensureBuilt, launch, startServer } from '../test/e2e/harness.js';
import { SLOW_ANSWER_MS } from '../server/dev/faults.js';
import { benchExpressions, expressionRows } from './expressions.js';
import { traceBreakdown } from './trace.js';
import { findChrome } from '../scripts/chrome.mjs';
import type { Breakdown } from './trace.js';
import type { BrowserContext, Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

ensureBuilt();
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunkDir = 'dist/cdn/chunks';
const chunks = readdirSync(chunkDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, gzip: gz(join(chunkDir, f)) }))
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
  ['ak-flow.js (script tag, gzip)', `${KB(bundle.module)}  (budget 25 KB)`],
  ['ak-flow.iife.js (classic, English only, gzip)', KB(bundle.iife)],
  ...chunks.map((c): [string, string] => [`  chunk ${c.file}`, KB(c.gzip)]),
  [
    `zxcvbn dictionaries (authentik's lists, ${zxcvbnLists.length} chunks, lazy, gzip)`,
    `${KB(zxcvbnLists.reduce((n, c) => n + c.gzip, 0))}  (budget 400 KB)`,
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
/**
 * Counts the `ak-flow-challenge` events of every page of `context`, for `stagesShown`, and says each
 * on the page's console once every listener of the event has run. Waiting for that line runs
 * nothing in the page. (Playwright's waitForFunction polls on every animation frame, frames the page
 * would not draw otherwise: about 2 ms of each stage change here. And the first page.evaluate of a
 * page sets up Playwright's utility script, 1-2 ms of the page's main thread: while the first
 * stage renders, it was counted against the widget.)
 */
async function countStages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let seen = 0;
    addEventListener('ak-flow-challenge', () => {
      const n = ++seen;
      queueMicrotask(() => console.debug(`ak-bench: stage ${n}`));
    });
  });
  context.on('console', (message) => {
    const n = /^ak-bench: stage (\d+)$/.exec(message.text())?.[1];
    const page = message.page();
    if (!n || !page) return;
    const state = shown.get(page) ?? { n: 0, waiting: [] };
    state.n = Number(n);
    shown.set(page, state);
    for (const wake of state.waiting.splice(0)) wake();
  });
}
/** Each page's count of stages shown, and who waits for the next. */
const shown = new WeakMap<Page, { n: number; waiting: (() => void)[] }>();

/** Resolves once the page has shown `n` stages. */
function stagesShown(page: Page, n: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const state = shown.get(page) ?? { n: 0, waiting: [] };
      shown.set(page, state);
      if (state.n >= n) resolve();
      else state.waiting.push(check);
    };
    check();
  });
}

/** What measured: the executable's name and Chromium's version. */
const browserName = `${String(findChrome()).split('/').pop()} ${browser.version()}`;

interface PaintResult {
  requestsBeforePaint: string[];
  /** With `initiators` only. */
  roundTrips?: number;
  apiStartSpreadMs: number;
  firstRenderMs: number;
  firstPaintMs: number;
}

/**
 * Loads a flow's page cold (the login flow's unless `slug` names another) and reads the resource
 * timings at the moment the stage painted. With
 * `initiators`, Chromium's DevTools protocol says who started each request, and the round trips
 * are counted from that: the page is the first; a request the page's HTML starts (the parser, its
 * preloads) is one round after it; one a script starts is one round after that script. (Timings
 * alone cannot tell: a request that starts after another ended need not have waited for it.)
 * The timed runs leave the protocol's network events off, as they cost the browser time.
 * With `network`, the page loads through DevTools' network emulation (latency and throughput).
 * `origin`: the server (the slow one for an answer that comes after the script).
 */
async function firstPaint(
  initiators = false,
  slug = 'demo-login',
  network?: { latency: number; mbit: number },
  origin = server.url,
): Promise<PaintResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: (network.mbit * 1e6) / 8,
      uploadThroughput: (network.mbit * 1e6) / 8,
    });
  }
  /** Each URL's requests, in order: who started them. */
  const startedBy = new Map<string, string[]>();
  if (initiators) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const by = e.initiator.url ?? e.initiator.stack?.callFrames[0]?.url ?? '';
      startedBy.set(e.request.url, [...(startedBy.get(e.request.url) ?? []), by]);
    });
  }
  await countStages(context);
  await page.addInitScript(() => {
    const w = window as unknown as { __paint?: number; __rendered?: number };
    addEventListener('ak-flow-challenge', () => {
      w.__rendered ??= performance.now();
      requestAnimationFrame(() => (w.__paint ??= performance.now()));
    });
  });
  // Not waiting for the load event: the stage is what counts (once, under network emulation, the
  // load event had not come after Playwright's 30 s).
  await page.goto(`${origin}/if/flow/${slug}/`, { waitUntil: 'commit' });
  await stagesShown(page, 1);
  // The frame after the stage: its animation frame callback ran before this one.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)));
  const result = await page.evaluate(() => {
    const { __paint: paint, __rendered: rendered } = window as unknown as {
      __paint: number;
      __rendered: number;
    };
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const before = entries.filter((e) => e.startTime < paint);
    const api = before.filter((e) => e.name.includes('/api/v3/'));
    const scripts = before.filter((e) => /\.js$/.test(new URL(e.name).pathname));
    // The stage can render once the API answers and the script (with its chunks) are all in:
    // those that were in before it rendered (one still loading then was not waited for).
    const arrived = Math.max(
      ...[...api, ...scripts].map((e) => e.responseEnd).filter((end) => end <= rendered),
    );
    return {
      // Images and styles do not hold the stage.
      holding: before
        .filter((e) => e.initiatorType !== 'img' && e.initiatorType !== 'css')
        .sort((a, b) => a.startTime - b.startTime)
        .map((e) => e.name),
      requestsBeforePaint: [location.pathname, ...before.map((e) => new URL(e.name).pathname)],
      apiStartSpreadMs:
        Math.max(...api.map((e) => e.startTime)) - Math.min(...api.map((e) => e.startTime)),
      firstRenderMs: rendered - arrived,
      firstPaintMs: paint - arrived,
    };
  });
  const pageUrl = page.url();
  await context.close();
  // A request's round: one after its initiator's (that URL's last request, when it had several).
  const round = (url: string, nth: number, seen = new Set<string>()): number => {
    if (url === pageUrl) return 1;
    const by = startedBy.get(url)?.[nth];
    if (by === undefined || seen.has(url)) throw new Error(`no initiator for ${url}`);
    return 1 + round(by, Math.max(0, (startedBy.get(by)?.length ?? 1) - 1), seen.add(url));
  };
  const nth = new Map<string, number>();
  const roundOf = (url: string) => {
    nth.set(url, (nth.get(url) ?? -1) + 1);
    return round(url, nth.get(url)!);
  };
  const { requestsBeforePaint, apiStartSpreadMs, firstRenderMs, firstPaintMs } = result;
  const roundTrips = initiators ? Math.max(1, ...result.holding.map(roundOf)) : undefined;
  return { requestsBeforePaint, roundTrips, apiStartSpreadMs, firstRenderMs, firstPaintMs };
}

/** Submits the identification stage and times response end → password stage rendered. */
async function stageChange(): Promise<number> {
  const context = await browser.newContext();
  await countStages(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/if/flow/demo-login/`);
  await page
    .getByLabel(/username/i)
    .first()
    .fill(DEMO.username);
  await page.evaluate(() => {
    const w = window as unknown as { __changed?: number };
    addEventListener('ak-flow-challenge', () => (w.__changed = performance.now()));
    performance.clearResourceTimings();
  });
  await page
    .getByLabel(/username/i)
    .first()
    .press('Enter');
  await stagesShown(page, 2);
  const ms = await page.evaluate(() => {
    const entries = (
      performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((e) => e.name.includes('/flows/executor/'));
    return (window as unknown as { __changed: number }).__changed - entries.at(-1)!.responseEnd;
  });
  await context.close();
  return ms;
}

/**
 * Types into the enrollment password field and times the input event → checklist updated, styled
 * and laid out (the strength meter and breach check are debounced: not on this path). The clock
 * starts when the input event is sent, after the value is in the field and laid out: Chromium's
 * own work on a password field's new value comes before that event, the same for any password
 * field (on a plain page here, value and layout: 1.1-1.5 ms for the first character, whose dots
 * are shaped for the first time, then 0.2-0.4 ms). It stops when every element the keystroke
 * touched has updated (the control, and the prompt stage re-rendering it) and the checklist is
 * laid out. The harness's own first run is not counted either (round -1 below).
 */
async function keystrokeFeedback(): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/if/flow/demo-enrollment/`);
  await page.locator('ak-password-policy-input input').waitFor();
  const times = await page.evaluate(async () => {
    type Updating = HTMLElement & { updateComplete: Promise<unknown>; isUpdatePending: boolean };
    const stage = document
      .querySelector('ak-flow-executor')!
      .shadowRoot!.querySelector('ak-stage-prompt') as Updating;
    const control = stage.shadowRoot!.querySelector('ak-password-policy-input') as Updating;
    const input = control.shadowRoot!.querySelector('input')!;
    const out: number[] = [];
    const text = 'Velvet-Otter-Harbor-93';
    // Round -1 types into a detached field, which nothing of the widget hears: it runs this
    // loop's own code once, so that its first run is not counted against the first keystroke.
    const detached = document.createElement('input');
    for (let i = -1; i < text.length; i++) {
      const field = i < 0 ? detached : input;
      field.value = text.slice(0, i + 1);
      void field.offsetWidth;
      const start = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // An update may start another (the stage re-rendering the control): wait until none is left.
      while (stage.isUpdatePending || control.isUpdatePending) {
        await Promise.all([stage.updateComplete, control.updateComplete]);
      }
      // Style and layout of the updated checklist, as the next frame needs them (forced here, so
      // that the wait for that frame, up to 16 ms of nothing, is not counted).
      void control.shadowRoot!.querySelector('ul, [part~="rules"]')?.getBoundingClientRect();
      void (control as HTMLElement).offsetHeight;
      if (i >= 0) out.push(performance.now() - start);
    }
    return out;
  });
  await context.close();
  return times;
}

/**
 * The floor under the first-stage figure: the same browser on a fresh page inserts a plain HTML
 * form with the identification stage's content (heading, label, input, button, links; no script
 * of ours, no custom element, no shadow root) and focuses its input, which lays it out: what
 * Chromium itself needs for a first form on this machine, whatever renders it.
 */
async function plainForm(): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>plain</title><body style="font-family:system-ui">');
  const ms = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML =
      '<form style="max-width:28rem;padding:2rem"><h1>Welcome to authentik!</h1>' +
      '<label for="u">Email or Username</label>' +
      '<input id="u" name="uid_field" autocomplete="username" placeholder="Email or Username">' +
      '<button type="submit">Log in</button><p>Need an account? <a href="#">Sign up.</a></p>' +
      '<p><a href="#">Forgot username or password?</a></p></form>';
    const start = performance.now();
    document.body.append(box);
    box.querySelector('input')!.focus();
    return performance.now() - start;
  });
  await context.close();
  return ms;
}

const paints: PaintResult[] = [];
const changes: number[] = [];
const plain: number[] = [];
/** Round trips before the first paint, from who started each request (runs of their own). */
const ROUND_RUNS = 5;
const rounds: number[] = [];
for (let i = 0; i < ROUND_RUNS; i++) rounds.push((await firstPaint(true)).roundTrips!);
/**
 * The same on the enrollment flow, whose first stage (a prompt with a password under a policy)
 * is a lazy chunk, and so is its policy control: the flow page preloads both beside the script
 * (the build's stage-chunks.json), else they are a third and a fourth round trip.
 */
const enrollmentRounds: number[] = [];
for (let i = 0; i < ROUND_RUNS; i++) {
  enrollmentRounds.push((await firstPaint(true, 'demo-enrollment')).roundTrips!);
}
/**
 * The first stage on a slower network (20 ms latency, 10 Mbit/s): the script now streams in over
 * about 90 ms, and V8 parses it as it comes, but compiles it only once its last byte is in, so the
 * figure stays about what it is on loopback.
 */
const NETWORK = { latency: 20, mbit: 10 };
const networkPaints: PaintResult[] = [];
const latePaints: PaintResult[] = [];
for (let i = 0; i < RUNS; i++) {
  paints.push(await firstPaint());
  networkPaints.push(await firstPaint(false, 'demo-login', NETWORK));
  latePaints.push(await firstPaint(false, 'demo-login', undefined, slowServer.url));
  changes.push(await stageChange());
  plain.push(await plainForm());
}
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

const keystrokes = await keystrokeFeedback();
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
  answerAfterScriptMs: SLOW_ANSWER_MS,
  firstStageRenderAnswerLastMs: median(latePaints.map((p) => p.firstRenderMs)),
  firstStagePaintAnswerLastMs: median(latePaints.map((p) => p.firstPaintMs)),
  plainFormFirstLayoutMs: median(plain),
  stageChangeRenderMs: median(changes),
  renderBreakdownMs: breakdown,
  keystrokeToFeedbackMs: { median: median(keystrokes), max: Math.max(...keystrokes) },
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
    `  the answer after the script (held ${SLOW_ANSWER_MS} ms, as a real authentik takes 50-300)`,
    `${results.firstStageRenderAnswerLastMs.toFixed(1)} ms (median of ${RUNS}; budget 16 ms); painted: ${results.firstStagePaintAnswerLastMs.toFixed(1)} ms`,
  ],
  [
    '  floor: a plain HTML form on a fresh page, inserted → laid out, focused',
    `${results.plainFormFirstLayoutMs.toFixed(1)} ms (median of ${RUNS}; no script of ours, no shadow root)`,
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
    `p50 ${results.keystrokeToFeedbackMs.median.toFixed(1)} ms, max ${results.keystrokeToFeedbackMs.max.toFixed(1)} ms (budget 2 ms)`,
  ],
  ...(expressions ? expressionRows(expressions) : []),
];
printRows(rows);
if (!quick) console.log('\nwritten: bench/results.json');
