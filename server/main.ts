// `npm start` / `node --import tsx server/main.ts`: the reference flow server on a port.
//   --port 9000  --host 127.0.0.1  --blueprints DIR (repeatable)  --data FILE
//   --instances-403  --cors-origin ORIGIN (repeatable)
//   --faults (test only: fault injection on the executor API, see server/dev/faults.ts)
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { REPO_ROOT, createFlowServer } from './app.js';
import { MODEL } from './blueprints/models.js';
import { checkExpressions, countExpressions } from './expressions/run.js';
import { acceptClientWebSocket } from './http/websocket.js';
import { formatNotice, noticeFile, reportBlocks } from './report-blocks.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    blueprints: { type: 'string', multiple: true, default: [] },
    data: { type: 'string' },
    'instances-403': { type: 'boolean', default: false },
    'cors-origin': { type: 'string', multiple: true, default: [] },
    faults: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: node --import tsx server/main.ts [--port 9000] [--host 127.0.0.1] [--blueprints DIR]...\n' +
      '       [--data users.json] [--instances-403] [--cors-origin https://app.example]... [--faults]',
  );
  process.exit(0);
}

const server = createFlowServer({
  blueprints: values.blueprints,
  dataFile: values.data,
  instances403: values['instances-403'],
  corsOrigins: values['cors-origin'],
  faults: values.faults,
  preview: values.blueprints.length > 0,
});

// One block per blueprint file: what could not load faithfully and how it changes the flow.
const { registry } = server.state.catalog;
for (const block of reportBlocks(server.report.notices, registry)) {
  console.log(`── ${block.file} ──`);
  for (const notice of block.notices) console.log(formatNotice(notice));
}
// Found later (a policy failing at run time, the engine's report): printed when found, with the
// file it is about.
server.report.onNotice = (notice) =>
  console.log(formatNotice(notice, noticeFile(notice.message, registry)));
if (!existsSync(`${REPO_ROOT}dist/cdn/ak-flow.js`)) {
  console.log('! dist/cdn/ak-flow.js is missing: run `node scripts/build.mjs` (npm start does it)');
}

// Before listening: the worker compiles Python on the other core while the server starts.
warmExpressions();

const port = Number(values.port);
const http = serve({ fetch: server.app.fetch, port, hostname: values.host }, (info) => {
  const base = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${info.port}`;
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(20)} ${value}`);
  console.log(`\nauthentik reference flow server on ${base}`);
  const own = new Set(server.state.ownFlows);
  if (own.size) {
    // Your flows first; `/` goes to your login flow, and after a flow to who is logged in.
    console.log('  your flows:');
    for (const slug of [...own].sort()) {
      line(server.state.catalog.flowBySlug(slug)!.designation, `${base}/if/flow/${slug}/`);
    }
    line('logged in as', `${base}/if/user/`);
    line('demo page', `${base}/index.html`);
    console.log('  other flows:');
  } else {
    line('demo page', `${base}/`);
  }
  for (const flow of [...server.flows].sort((a, b) => a.slug.localeCompare(b.slug))) {
    if (!own.has(flow.slug)) line(flow.designation, `${base}/if/flow/${flow.slug}/`);
  }
  for (const invite of server.state.catalog.registry.byModel(MODEL.invitation)) {
    const flow = server.state.catalog.flowByPk(invite.attrs.flow);
    if (flow) line('invitation', `${base}/if/flow/${flow.slug}/?itoken=${invite.pk}`);
  }
  line('outbox', `${base}/dev/outbox`);
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  line('start-up', `${Math.round(performance.now())} ms since the process started, RSS ${rss} MiB`);
  line('demo account', `${server.demoUser.username} / ${server.demoUser.password}`);
  if (values.faults) line('faults (test only)', `POST ${base}/dev/faults?kind=…  DELETE to lift`);
  if (values['cors-origin'].length) line('CORS allowed', values['cors-origin'].join(', '));
  // A development server: the outbox hands out recovery links and codes to whoever asks.
  if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
    console.log(
      `\n! listening on ${values.host}: anyone who can reach it can read ${base}/dev/outbox ` +
        '(recovery links, one-time codes) and log in as the demo user. Keep it off shared networks.',
    );
  }
});

// authentik's own flow page opens /ws/client/ on every page: accepted, and kept idle.
acceptClientWebSocket(http as Server);

/** Blueprints with Python: start the engine now, off the request path, and say when it is up. */
function warmExpressions(): void {
  const { state } = server;
  const counted = countExpressions(state.catalog);
  if (!counted.policies && !counted.prompts) return;
  state.expressions
    .start()
    .then(() => checkExpressions(state))
    .then(() => {
      const { startMs = 0, heapBytes = 0, snapshot } = state.expressions.stats;
      const how = snapshot === 'restored' ? ', restored from its cached snapshot' : '';
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `i Python expression engine ready in ${startMs} ms${how} (${Math.round(performance.now())} ms ` +
          `after process start; WebAssembly heap ${Math.round(heapBytes / 2 ** 20)} MiB, process RSS ${rss} MiB)`,
      );
    })
    .catch((err: unknown) =>
      console.log(`! Python expression engine failed to start: ${String(err)}`),
    );
}
