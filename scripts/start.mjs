// `npm start [-- --port 9100 ...]`: builds the widget if dist/cdn/ak-flow.js or the stage gallery
// (dist/demo/gallery/stages.js) is missing, then runs the reference flow server (server/main.ts)
// with tsx, passing the arguments through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const missing = ['dist/cdn/ak-flow.js', 'dist/demo/gallery/stages.js'].find(
  (file) => !existsSync(`${root}${file}`),
);
if (missing) {
  console.log(`${missing} is missing: building the widget first (node scripts/build.mjs)`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; starting the server anyway (the widget script will 404).');
  }
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/main.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// Forward stop signals so that stopping `npm start` stops the server too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
