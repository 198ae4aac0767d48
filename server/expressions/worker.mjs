// The expression engine's worker thread: CPython (Pyodide, from node_modules, offline) with
// authentik's expression environment (prelude.py, evaluator.py). One evaluation at a time:
// { payload } in, { result } out (JSON strings); meanwhile { call } out when Python asks the
// server something (its answer comes back through the shared call buffer). A runaway expression is interrupted through the
// shared interrupt buffer (KeyboardInterrupt in Python); engine.ts terminates the worker if even
// that does not answer.
//
// Start-up: booting CPython takes seconds on a busy 2-core machine, so the booted interpreter
// (with the environment loaded) is saved as a memory snapshot under node_modules/.cache, keyed by
// the Pyodide version and the .py sources; later starts restore it in about a second. Pyodide's
// snapshot options are experimental (`_makeSnapshot`/`_loadSnapshot`): any failure falls back to
// a plain start.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide, version } from 'pyodide';

const started = performance.now();
const { indexURL, cacheDir, interruptBuffer, callBuffer } = workerData;
const sources = ['prelude.py', 'evaluator.py'].map((file) => [
  file,
  readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
]);
const key = createHash('sha256')
  .update(version)
  .update(JSON.stringify(sources))
  .digest('hex')
  .slice(0, 16);
const snapshotFile = join(cacheDir, `expressions-${key}.snapshot`);

let pyodide;
let snapshot = 'none';
if (existsSync(snapshotFile)) {
  try {
    pyodide = await loadPyodide({ indexURL, _loadSnapshot: readFileSync(snapshotFile) });
    snapshot = 'restored';
  } catch {
    rmSync(snapshotFile, { force: true });
  }
}
if (!pyodide) {
  pyodide = await loadPyodide({ indexURL, _makeSnapshot: true });
  for (const [filename, code] of sources) pyodide.runPython(code, { filename });
  try {
    const tmp = `${snapshotFile}.${process.pid}.${Date.now()}`;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(tmp, pyodide.makeMemorySnapshot());
    renameSync(tmp, snapshotFile); // atomic: parallel test processes never read half a file
    snapshot = 'saved';
  } catch {
    snapshot = 'none';
  }
}
const interrupt = new Int32Array(interruptBuffer);
pyodide.setInterruptBuffer(interrupt);

// Calls back into the server, synchronously for Python (ak_call_policy of a password or
// reputation policy): the request goes to the main thread as a message, and this thread sleeps on
// the shared call buffer until the answer is written there ([0] = 1 when ready, [1] = its byte
// length, the UTF-8 JSON from byte 8 on). A time-limit interrupt while waiting ends the wait.
const callState = new Int32Array(callBuffer, 0, 2);
const callData = new Uint8Array(callBuffer, 8);
globalThis._ak_host_call = (request) => {
  Atomics.store(callState, 0, 0);
  parentPort.postMessage({ call: String(request) });
  while (Atomics.wait(callState, 0, 0, 50) === 'timed-out') {
    if (Atomics.load(interrupt, 0) !== 0) return '{"interrupted": true}';
  }
  return new TextDecoder().decode(callData.slice(0, Atomics.load(callState, 1)));
};
const run = pyodide.globals.get('_ak_run');
parentPort.postMessage({
  type: 'ready',
  heapBytes: pyodide._module?.HEAPU8?.length ?? 0,
  snapshot,
  workerMs: Math.round(performance.now() - started),
});

parentPort.on('message', ({ payload }) => {
  try {
    parentPort.postMessage({ result: run(payload) });
  } catch (err) {
    // Only what escapes _ak_run lands here: KeyboardInterrupt from the time limit.
    const interrupted = String(err).includes('KeyboardInterrupt');
    parentPort.postMessage({ failure: interrupted ? 'interrupted' : String(err) });
  }
});
