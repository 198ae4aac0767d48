// Where the time between "everything is in" and "the stage is rendered" goes, from a Chromium
// trace of one run: main-thread time by kind (script evaluation, script, style, layout, paint),
// each event counted without the events nested in it.
import type { Browser, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: the part of `dur` the thread actually ran. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { requestId?: string; url?: string; finishTime?: number } };
}

export type Breakdown = Record<string, number>;

const KIND: Record<string, string> = {
  'v8.evaluateModule': 'script evaluation',
  'v8.compile': 'script evaluation',
  'v8.compileModule': 'script evaluation',
  EvaluateScript: 'script evaluation',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  'v8.newInstance': 'script',
  'v8.callAsConstructor': 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  ParseHTML: 'html parsing',
  PrePaint: 'paint',
  Paint: 'paint',
  Commit: 'paint',
  Layerize: 'paint',
};

/**
 * Runs `act` on `page` under tracing and sums the renderer main thread's time from the end of
 * the last response matching `inputs` (on the network, as resource timing's responseEnd, which
 * the bench's own figures count from) to the performance mark `until` (its last occurrence).
 * A script among the inputs reaches the main thread only once V8 has compiled it on a background
 * thread as it streamed in: the main thread's idle time until then is `script compile
 * (background)`.
 */
export async function traceBreakdown(
  browser: Browser,
  page: Page,
  inputs: RegExp,
  until: string,
  act: () => Promise<void>,
): Promise<Breakdown> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8'],
  });
  await act();
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  return breakdownOf(events, inputs, until);
}

/** `traceBreakdown`'s sums, from a trace's events. */
export function breakdownOf(events: TraceEvent[], inputs: RegExp, until: string): Breakdown {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mark = events.filter((e) => e.name === until).at(-1);
  if (!mark) throw new Error(`no ${until} mark in the trace`);
  const main = events.filter((e) => thread(e) === thread(mark));
  const urls = new Map(
    events
      .filter((e) => e.name === 'ResourceSendRequest')
      .map((e) => [e.args?.data?.requestId, e.args?.data?.url ?? '']),
  );
  const finishes = events
    .filter((e) => e.name === 'ResourceFinish' && e.ts < mark.ts)
    .map((e) => ({ e, url: urls.get(e.args?.data?.requestId) ?? '' }))
    // The page's own requests only: the browser's (chrome://...) are in the trace too.
    .filter(({ url }) => /^https?:/.test(url) && inputs.test(url));
  // finishTime: when the network process had the last byte (seconds, the trace's clock; 0 when
  // unknown); the event itself is when the renderer's main thread heard of it.
  const from = Math.max(
    ...finishes.map(({ e }) => (e.args?.data?.finishTime ? e.args.data.finishTime * 1e6 : e.ts)),
  );
  const scriptSeen = Math.max(
    from,
    ...finishes.filter(({ url }) => /\.js$/.test(new URL(url).pathname)).map(({ e }) => e.ts),
  );
  const spans = main
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts + e.dur! > from && e.ts < mark.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Breakdown = {};
  // Exclusive time: each event's part within the window minus its direct children's.
  const stack: { end: number; kind: string }[] = [];
  let covered = 0;
  /** Main-thread time before the last script reached it. */
  let coveredBeforeScript = 0;
  let cpu = 0;
  const clip = (s: number, e: number) => Math.max(0, Math.min(e, mark.ts) - Math.max(s, from));
  for (const e of spans) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const kind = KIND[e.name] ?? (stack.at(-1)?.kind || 'other');
    const own = clip(e.ts, e.ts + e.dur!);
    if (stack.length) out[stack.at(-1)!.kind] -= own;
    else {
      covered += own;
      coveredBeforeScript += Math.max(
        0,
        Math.min(e.ts + e.dur!, scriptSeen) - Math.max(e.ts, from),
      );
      cpu += e.tdur === undefined ? own : (e.tdur * own) / Math.max(e.dur!, 1);
    }
    out[kind] = (out[kind] ?? 0) + own;
    stack.push({ end: e.ts + e.dur!, kind });
  }
  const compileWait = scriptSeen - from - coveredBeforeScript;
  if (compileWait > 0) out['script compile (background)'] = compileWait;
  out.idle = mark.ts - from - covered - Math.max(0, compileWait);
  // Main-thread CPU time in the window: what the thread ran of its top-level events (wall time
  // includes waiting for a core on a busy machine; this does not).
  out.cpu = cpu;
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] / 100) / 10; // µs → ms, 0.1
  out.total = Math.round((mark.ts - from) / 100) / 10;
  return out;
}
