// The Python expression engine's budgets, measured (part of `npm run bench`; alone:
// `node --import tsx bench/expressions.ts`):
// - server start-up without expressions: unchanged, the engine is never started;
// - engine ready (Pyodide in its worker) within 10 s of start;
// - one evaluation (a stage binding's expression policy, through the server's policy path,
//   snapshot included) <= 50 ms p95 once warm;
// - memory: the WebAssembly heap and the process RSS before and after.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFlowServer } from '../server/app.js';
import { ExpressionEngine } from '../server/expressions/engine.js';
import { runExpressionPolicy } from '../server/expressions/run.js';

const EVALUATIONS = Number(process.env.BENCH_EVALUATIONS ?? 200);
const MiB = (n: number) => Math.round(n / 2 ** 20);

export interface ExpressionBench {
  serverStartNoExpressionsMs: number;
  engineStartedWithoutExpressions: boolean;
  engineReadyMs: number;
  snapshot?: string;
  evaluations: number;
  evaluationMs: { median: number; p95: number; max: number };
  memoryMiB: { wasmHeap: number; rssBefore: number; rssAfter: number };
  budgets: { engineReadyMs: number; evaluationP95Ms: number };
}

export async function benchExpressions(): Promise<ExpressionBench> {
  const idle = new ExpressionEngine();
  let t0 = performance.now();
  const plain = createFlowServer({ demo: false, shared: false, expressions: idle });
  const serverStartNoExpressionsMs = performance.now() - t0;
  // Nothing with Python was loaded: nothing may have started it.
  await plain.fetch(new Request('http://localhost/api/v3/core/brands/current/'));

  const engine = new ExpressionEngine();
  const app = createFlowServer({
    demo: false,
    shared: false,
    blueprints: [
      resolve(fileURLToPath(new URL('../test/fixtures/blueprints/expressions', import.meta.url))),
    ],
    expressions: engine,
  });
  const rssBefore = process.memoryUsage().rss;
  t0 = performance.now();
  await engine.start();
  const engineReadyMs = performance.now() - t0;

  const policy = app.state.catalog.registry.find('authentik_policies_expression.expressionpolicy', [
    ['name', 'expr-login-2fa-user-has-device'],
  ])!;
  const demo = app.state.users.byUsername('demo')!;
  const context = {
    pending_user: { pk: demo.pk, username: demo.username, email: demo.email, name: demo.name },
    user_backend: 'authentik.core.auth.InbuiltBackend',
    auth_method: 'password',
  };
  const times: number[] = [];
  for (let i = 0; i < EVALUATIONS + 20; i++) {
    const start = performance.now();
    const result = await runExpressionPolicy(app.state, policy, {
      context,
      flowPlan: { flowPk: 'bench' },
      failureResult: false,
    });
    if (result.error) throw new Error(result.error);
    if (i >= 20) times.push(performance.now() - start); // the first 20 warm up
  }
  times.sort((a, b) => a - b);
  const result: ExpressionBench = {
    serverStartNoExpressionsMs,
    engineStartedWithoutExpressions: idle.started,
    engineReadyMs,
    snapshot: engine.stats.snapshot,
    evaluations: times.length,
    evaluationMs: {
      median: times[Math.floor(times.length / 2)]!,
      p95: times[Math.floor(times.length * 0.95)]!,
      max: times[times.length - 1]!,
    },
    memoryMiB: {
      wasmHeap: MiB(engine.stats.heapBytes ?? 0),
      rssBefore: MiB(rssBefore),
      rssAfter: MiB(process.memoryUsage().rss),
    },
    budgets: { engineReadyMs: 10_000, evaluationP95Ms: 50 },
  };
  await engine.close();
  await idle.close();
  return result;
}

export function expressionRows(r: ExpressionBench): [string, string][] {
  const ok = (pass: boolean) => (pass ? 'within budget' : 'OVER BUDGET');
  return [
    [
      'server start-up, no expressions',
      `${r.serverStartNoExpressionsMs.toFixed(0)} ms; Python engine started: ${r.engineStartedWithoutExpressions ? 'yes (wrong)' : 'no'}`,
    ],
    [
      'Python engine ready',
      `${r.engineReadyMs.toFixed(0)} ms, Python ${r.snapshot === 'restored' ? 'restored from its cached snapshot' : 'booted in full' + (r.snapshot === 'saved' ? ' (snapshot saved for next time)' : '')} (budget 10 s: ${ok(r.engineReadyMs <= r.budgets.engineReadyMs)})`,
    ],
    [
      'one expression policy, warm',
      `${r.evaluationMs.median.toFixed(1)} ms median, ${r.evaluationMs.p95.toFixed(1)} ms p95, ` +
        `${r.evaluationMs.max.toFixed(1)} ms max of ${r.evaluations} (budget p95 50 ms: ${ok(r.evaluationMs.p95 <= r.budgets.evaluationP95Ms)})`,
    ],
    [
      'engine memory',
      `WebAssembly heap ${r.memoryMiB.wasmHeap} MiB; process RSS ${r.memoryMiB.rssBefore} → ${r.memoryMiB.rssAfter} MiB`,
    ],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const rows = expressionRows(await benchExpressions());
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
