// The Python expression engine: Pyodide in a worker thread (worker.mjs), started once and lazily,
// evaluations queued one at a time with a time limit each. A runaway expression is interrupted
// (KeyboardInterrupt); if the worker does not answer within a grace period it is terminated and
// a fresh one started. Payloads and results are JSON (see evaluator.py's `_ak_run`). Python may
// call back into the server while it runs (HostCall): the worker waits on a shared buffer
// (Atomics.wait) until this thread has written the answer there.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** What `_ak_run` answers; `error` is set when the expression raised (or timed out). */
export interface RunResult {
  passing?: boolean;
  messages?: string[];
  value?: unknown;
  text?: string;
  items?: unknown[];
  prompt_data?: Record<string, unknown>;
  plan_changes?: Record<string, unknown>;
  logs: { level: string; logger: string; event: string; kw: Record<string, unknown> }[];
  error?: string;
  ok?: boolean;
}

export interface EngineStats {
  /** ms from start() to the worker's ready message. */
  startMs?: number;
  /** The WebAssembly heap once ready, in bytes. */
  heapBytes?: number;
  /** How Python booted: from the cached memory snapshot, or fully (and the snapshot saved). */
  snapshot?: 'restored' | 'saved' | 'none';
  evaluations: number;
  /** Durations (ms) of the last evaluations, as seen from the server thread. */
  durations: number[];
  timeouts: number;
  restarts: number;
}

/**
 * Answers Python's calls into the server during one evaluation (ak_call_policy of a non-expression
 * policy): `{passing, messages}`, or `{error}` which Python raises as NotAvailable.
 */
export type HostCall = (request: unknown) => Promise<unknown>;

/** The most a call's answer may take in the shared buffer (JSON bytes). */
const CALL_BYTES = 64 * 1024;

interface Job {
  payload: string;
  limitMs: number;
  host?: HostCall;
  resolve: (r: RunResult) => void;
}

const INDEX_URL = dirname(createRequire(import.meta.url).resolve('pyodide/pyodide.mjs')) + '/';
/** node_modules/.cache/ak-flow-pyodide: where the booted interpreter's snapshot is kept. */
const CACHE_DIR = join(INDEX_URL, '..', '.cache', 'ak-flow-pyodide');

export class ExpressionEngine {
  readonly stats: EngineStats = { evaluations: 0, durations: [], timeouts: 0, restarts: 0 };
  private worker?: Worker;
  private ready?: Promise<void>;
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  /** Python's calls into the server: [0] answer ready, [1] its length, the JSON from byte 8. */
  private readonly calls = new SharedArrayBuffer(8 + CALL_BYTES);
  /** The job being evaluated (a call's answer is written only while its job is current). */
  private current?: Job;
  private readonly queue: Job[] = [];
  private busy = false;
  private onAnswer?: (message: { result?: string; failure?: string; call?: string }) => void;

  constructor(
    /** Default time limit per evaluation. */
    readonly limitMs = 5000,
    /** After the interrupt, how long to wait before terminating the worker. */
    readonly graceMs = 1000,
  ) {}

  get started(): boolean {
    return this.ready !== undefined;
  }

  /** Starts the worker (once); resolves when Python is ready. */
  start(): Promise<void> {
    this.ready ??= new Promise<void>((resolve, reject) => {
      const t0 = performance.now();
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
        workerData: {
          indexURL: INDEX_URL,
          cacheDir: CACHE_DIR,
          interruptBuffer: this.interrupt.buffer,
          callBuffer: this.calls,
        },
      });
      this.worker = worker;
      worker.on(
        'message',
        (m: {
          type?: string;
          heapBytes?: number;
          snapshot?: EngineStats['snapshot'];
          result?: string;
          failure?: string;
          call?: string;
        }) => {
          if (m.type === 'ready') {
            this.stats.startMs = Math.round(performance.now() - t0);
            this.stats.heapBytes = m.heapBytes;
            this.stats.snapshot = m.snapshot;
            if (!this.busy) worker.unref();
            resolve();
          } else this.onAnswer?.(m);
        },
      );
      worker.on('error', (err) => {
        reject(err);
        this.onAnswer?.({ failure: `the Python worker failed: ${String(err)}` });
      });
    });
    return this.ready;
  }

  /** Evaluates one payload (see evaluator.py); never rejects: failures come back as `error`. */
  run(payload: object, limitMs = this.limitMs, host?: HostCall): Promise<RunResult> {
    return new Promise((resolve) => {
      this.queue.push({ payload: JSON.stringify(payload), limitMs, resolve, host });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    this.worker?.ref();
    try {
      await this.start();
      job.resolve(await this.exchange(job));
    } catch (err) {
      job.resolve({ logs: [], error: `the Python engine could not start: ${String(err)}` });
    } finally {
      this.busy = false;
      if (!this.queue.length) this.worker?.unref();
      void this.pump();
    }
  }

  private exchange(job: Job): Promise<RunResult> {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let grace: NodeJS.Timeout | undefined;
      const finish = (result: RunResult) => {
        clearTimeout(limit);
        clearTimeout(grace);
        this.onAnswer = undefined;
        const ms = performance.now() - t0;
        this.stats.evaluations++;
        this.stats.durations = [...this.stats.durations.slice(-199), ms];
        resolve(result);
      };
      const timedOut = () => ({
        logs: [],
        error: `TimeoutError: the expression ran longer than ${job.limitMs} ms and was stopped`,
      });
      const limit = setTimeout(() => {
        this.stats.timeouts++;
        Atomics.store(this.interrupt, 0, 2); // SIGINT: KeyboardInterrupt at the next bytecode
        grace = setTimeout(() => {
          this.restart();
          finish(timedOut());
        }, this.graceMs);
      }, job.limitMs);
      this.onAnswer = (m) => {
        if (m.call !== undefined) return void this.answerCall(job, m.call);
        if (m.result !== undefined) return finish(JSON.parse(m.result) as RunResult);
        Atomics.store(this.interrupt, 0, 0);
        finish(m.failure === 'interrupted' ? timedOut() : { logs: [], error: m.failure });
      };
      // A late interrupt (the answer crossed the time limit) must not hit the next evaluation.
      Atomics.store(this.interrupt, 0, 0);
      this.current = job;
      this.worker!.postMessage({ payload: job.payload });
    });
  }

  /** Answers a call from Python (the job's host, or an error), waking the waiting worker. */
  private async answerCall(job: Job, call: string): Promise<void> {
    let answer: unknown;
    try {
      answer = job.host
        ? await job.host(JSON.parse(call))
        : { error: 'nothing on the server answers calls from this evaluation' };
    } catch (err) {
      answer = { error: String(err) };
    }
    if (this.current !== job) return; // timed out meanwhile: a new evaluation owns the buffer
    let bytes = new TextEncoder().encode(JSON.stringify(answer));
    if (bytes.length > CALL_BYTES)
      bytes = new TextEncoder().encode(JSON.stringify({ error: 'the answer is too large' }));
    new Uint8Array(this.calls, 8).set(bytes);
    const state = new Int32Array(this.calls, 0, 2);
    Atomics.store(state, 1, bytes.length);
    Atomics.store(state, 0, 1);
    Atomics.notify(state, 0);
  }

  /** Terminates a stuck worker; the next evaluation starts a fresh one. */
  private restart(): void {
    this.stats.restarts++;
    void this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
    Atomics.store(this.interrupt, 0, 0);
  }

  /** p95 of the recorded durations (ms), or undefined before any evaluation. */
  p95(): number | undefined {
    const sorted = [...this.stats.durations].sort((a, b) => a - b);
    return sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]
      : undefined;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}

let shared: ExpressionEngine | undefined;

/** One engine per process, shared by every server it creates (tests start Python once a file). */
export function sharedEngine(): ExpressionEngine {
  return (shared ??= new ExpressionEngine());
}
