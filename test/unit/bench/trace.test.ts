// The bench's breakdown of a render (bench/trace.ts) accounts for the whole interval its figures
// measure: from the network's last byte of the inputs to the mark, the script's background
// compile included. Synthetic trace events, in microseconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakdownOf, type TraceEvent } from '../../../bench/trace.js';

const MAIN = { pid: 1, tid: 1 };
const request = (id: string, url: string): TraceEvent => ({
  name: 'ResourceSendRequest',
  ph: 'I',
  ts: 0,
  ...MAIN,
  args: { data: { requestId: id, url } },
});
/** The renderer's main thread hears of the response at `ts`; the network had it at `network`. */
const finish = (id: string, ts: number, network: number): TraceEvent => ({
  name: 'ResourceFinish',
  ph: 'I',
  ts,
  ...MAIN,
  args: { data: { requestId: id, finishTime: network / 1e6 } },
});
const task = (name: string, ts: number, dur: number, tdur = dur): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  ...MAIN,
});
const mark = (ts: number): TraceEvent => ({ name: 'rendered', ph: 'R', ts, ...MAIN });

test('first stage: the wait for the script compile, then the main thread, then idle', () => {
  const out = breakdownOf(
    [
      request('a', 'http://h/api/v3/flows/executor/x/'),
      request('s', 'http://h/static/ak-flow.js'),
      finish('a', 1_000, 500),
      // The script's last byte at 2 ms; its compile on a background thread until 12 ms.
      finish('s', 12_000, 2_000),
      task('v8.evaluateModule', 12_000, 3_000),
      task('FunctionCall', 16_000, 6_000, 4_000),
      task('Layout', 23_000, 2_000),
      mark(27_000),
    ],
    /\/api\/v3\/|\.js$/,
    'rendered',
  );
  assert.deepEqual(out, {
    'script evaluation': 3,
    script: 6,
    layout: 2,
    'script compile (background)': 10,
    idle: 4,
    cpu: 9,
    total: 25,
  });
});

test('a stage change: from the response on the network, its delivery to the renderer is idle', () => {
  const out = breakdownOf(
    [
      request('a', 'http://h/api/v3/flows/executor/x/'),
      finish('a', 3_000, 1_000),
      task('RunMicrotasks', 4_000, 5_000),
      mark(10_000),
    ],
    /flows\/executor/,
    'rendered',
  );
  assert.deepEqual(out, { script: 5, idle: 4, cpu: 5, total: 9 });
});

test('main-thread work while the script compiles is not counted as the compile', () => {
  const out = breakdownOf(
    [
      request('s', 'http://h/static/ak-flow.js'),
      finish('s', 11_000, 1_000),
      task('ParseHTML', 2_000, 4_000),
      task('FunctionCall', 11_000, 2_000),
      mark(13_000),
    ],
    /\.js$/,
    'rendered',
  );
  assert.equal(out['script compile (background)'], 6);
  assert.equal(out['html parsing'], 4);
  assert.equal(out.idle, 0);
  assert.equal(out.total, 12);
});
