// The expression engine's worker thread: CPython (Pyodide, from node_modules, offline) with
// authentik's expression environment (prelude.py, evaluator.py). One evaluation at a time:
// { payload } in, { result } out (JSON strings). A runaway expression is interrupted through the
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
const { indexURL, cacheDir, interruptBuffer } = workerData;
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
pyodide.setInterruptBuffer(new Int32Array(interruptBuffer));
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
