// The expression engine's worker thread: CPython (Pyodide, from node_modules, offline) with
// authentik's expression environment (prelude.py, evaluator.py). One evaluation at a time:
// { id, payload } in, { id, result } out (JSON strings). A runaway expression is interrupted
// through the shared interrupt buffer (KeyboardInterrupt in Python); engine.ts terminates the
// worker if even that does not answer.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';

const started = performance.now();
const pyodide = await loadPyodide({ indexURL: workerData.indexURL, packages: [] });
pyodide.setInterruptBuffer(new Int32Array(workerData.interruptBuffer));
for (const file of ['prelude.py', 'evaluator.py']) {
  pyodide.runPython(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'), {
    filename: file,
  });
}
const run = pyodide.globals.get('_ak_run');
parentPort.postMessage({
  type: 'ready',
  ms: Math.round(performance.now() - started),
  heapBytes: pyodide._module?.HEAPU8?.length ?? 0,
});

parentPort.on('message', ({ id, payload }) => {
  try {
    parentPort.postMessage({ id, result: run(payload) });
  } catch (err) {
    // Only what escapes _ak_run lands here: KeyboardInterrupt from the time limit.
    const interrupted = String(err).includes('KeyboardInterrupt');
    parentPort.postMessage({ id, failure: interrupted ? 'interrupted' : String(err) });
  }
});
