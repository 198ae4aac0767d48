// `npx ak-flow doctor` against the reference server over real HTTP: a good embed passes (exit 0),
// and each broken configuration fails (exit 1) naming the broken part, with proxy snippets.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ensureBuilt, listen, startServer } from './harness.js';
import type { Listening } from './harness.js';

const CLI = 'dist/npm/doctor/ak-flow.js';

before(() => {
  ensureBuilt();
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
});

/** Runs the built CLI as `npx ak-flow` would; resolves with its exit code and output. */
function doctor(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'doctor', '--slug', 'demo-login', ...args],
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

/** The application's page, sending `csp` as its Content-Security-Policy. */
async function app(csp: () => string | undefined): Promise<Listening> {
  const handler = () => {
    const headers: Record<string, string> = { 'Content-Type': 'text/html' };
    const policy = csp();
    if (policy) headers['Content-Security-Policy'] = policy;
    return new Response('<!doctype html><title>app</title>', { headers });
  };
  return listen({ app: { fetch: handler } } as unknown as Listening['flow']);
}

const line = (out: string, title: string) =>
  out.split('\n').find((l) => l.includes(`  ${title}:`)) ?? `(no "${title}" line)`;

describe('e2e: ak-flow doctor', () => {
  let page: Listening;
  let csp: string | undefined;
  let allowing: Listening; // --cors-origin <page>
  let plain: Listening; // no --cors-origin
  before(async () => {
    page = await app(() => csp);
    allowing = await startServer({ corsOrigins: [page.url] });
    plain = await startServer({});
  });
  after(async () => {
    await Promise.all([page?.close(), allowing?.close(), plain?.close()]);
  });

  it('a good embed (CORS allow-list, same site, a CSP that allows authentik) passes', async () => {
    csp = `default-src 'self'; connect-src 'self' ${allowing.url}; img-src 'self' ${allowing.url} data:`;
    const { code, out } = await doctor('--authentik', allowing.url, '--origin', page.url);
    assert.equal(code, 0, out);
    for (const title of ['The flow answers', 'CORS preflight', 'CORS on the answers', 'Cookies']) {
      assert.match(line(out, title), /^ok /, out);
    }
    assert.match(line(out, 'Content-Security-Policy of the page'), /^ok .*allows/, out);
    assert.match(out, /Nothing broken\./);
    assert.doesNotMatch(out, /nginx/);
  });

  it('no --cors-origin: names the CORS preflight and the answers, with nginx and Caddy snippets', async () => {
    csp = undefined;
    const { code, out } = await doctor('--authentik', plain.url, '--origin', page.url);
    assert.equal(code, 1, out);
    assert.match(line(out, 'The flow answers'), /^ok /, out);
    assert.match(line(out, 'CORS preflight'), /^FAIL .*no Access-Control-Allow-Origin/, out);
    assert.match(line(out, 'CORS on the answers'), /^FAIL /, out);
    assert.match(out, new RegExp(`add_header Access-Control-Allow-Origin "${page.url}" always;`));
    assert.match(out, new RegExp(`header @cors Access-Control-Allow-Origin "${page.url}"`));
    assert.match(out, /2 broken: CORS preflight, CORS on the answers\./);
  });

  it('a page CSP without authentik in connect-src: names the directive', async () => {
    csp = "default-src 'self'; img-src 'self' data:";
    const { code, out } = await doctor('--authentik', allowing.url, '--origin', page.url);
    assert.equal(code, 1, out);
    assert.match(
      line(out, 'Content-Security-Policy of the page'),
      new RegExp(`^FAIL .*connect-src does not allow ${allowing.url}; img-src does not allow`),
      out,
    );
  });

  it('a page on another site: names the cookies (SameSite=Lax), and --json gives the same verdicts', async () => {
    csp = undefined;
    const origin = `http://localhost:${page.port}`;
    const crossSite = await startServer({ corsOrigins: [origin] });
    try {
      const { code, out } = await doctor('--authentik', crossSite.url, '--origin', origin);
      assert.equal(code, 1, out);
      assert.match(line(out, 'CORS preflight'), /^ok /, out);
      assert.match(line(out, 'Cookies (cross-site)'), /^FAIL .*SameSite=Lax/, out);
      assert.match(out, /proxy_cookie_flags authentik_session secure samesite=none;/);
      const json = await doctor('--authentik', crossSite.url, '--origin', origin, '--json');
      const { ok, checks } = JSON.parse(json.out) as {
        ok: boolean;
        checks: { id: string; status: string }[];
      };
      assert.equal(ok, false);
      assert.equal(checks.find((c) => c.id === 'cookies')?.status, 'fail');
      assert.equal(checks.find((c) => c.id === 'csrf')?.status, 'warn');
    } finally {
      await crossSite.close();
    }
  });

  it('prints the preloads that put the first stage two round trips away; with --script, its chunks', async () => {
    csp = undefined;
    const script = `${allowing.url}/static/dist/ak-flow.js`;
    const args = ['--authentik', allowing.url, '--origin', page.url];
    const { code, out } = await doctor(...args, '--slug', 'demo-enrollment', '--script', script);
    assert.equal(code, 0, out);
    assert.match(
      line(out, 'Preloads for the first stage'),
      /^info .*ak-stage-prompt, a chunk of its own/,
      out,
    );
    // The widget's own first requests (credentials included: the page is on another origin)...
    for (const url of [
      'flows/executor/demo-enrollment/?query=',
      'flows/instances/demo-enrollment/',
    ]) {
      const link = `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${allowing.url}/api/v3/${url}">`;
      assert.ok(out.includes(link), `${link}\n${out}`);
    }
    // ...and every module the build lists for the prompt stage and its policy control.
    const table = JSON.parse(readFileSync('dist/cdn/stage-chunks.json', 'utf8')) as Record<
      string,
      string[]
    >;
    assert.ok(
      out.includes(
        `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${allowing.url}/api/v3/core/brands/current/">`,
      ),
      out,
    );
    const files = [
      'chunks/validate.js',
      'chunks/brand.js',
      ...table['ak-stage-prompt'],
      ...table['ak-password-policy-input'],
    ];
    for (const file of files) {
      const link = `<link rel="modulepreload" href="${allowing.url}/static/dist/${file}">`;
      assert.ok(out.includes(link), `${link}\n${out}`);
    }
    // The login flow starts on a stage in the script: no stage chunk to preload.
    const login = await doctor(...args, '--script', script);
    assert.match(
      line(login.out, 'Preloads for the first stage'),
      /in the script itself/,
      login.out,
    );
    assert.doesNotMatch(login.out, /modulepreload" href="[^"]*\/chunks\/ak-stage-/);
    // Without --script, the requests only, and the flag named.
    const bare = await doctor(...args, '--slug', 'demo-enrollment');
    assert.match(line(bare.out, 'Preloads for the first stage'), /Give --script/, bare.out);
    assert.doesNotMatch(bare.out, /modulepreload/);
  });

  it('a flow that does not exist, and bad arguments', async () => {
    const { code, out } = await doctor(
      '--authentik',
      allowing.url,
      '--origin',
      page.url,
      '--slug',
      'nope',
    );
    assert.equal(code, 1, out);
    assert.match(line(out, 'The flow answers'), /^FAIL .*404/, out);
    const bad = await doctor('--authentik', 'ftp://x', '--origin', page.url);
    assert.equal(bad.code, 2, bad.out);
    const badScript = await doctor(
      '--authentik',
      allowing.url,
      '--origin',
      page.url,
      '--script',
      'x',
    );
    assert.equal(badScript.code, 2, badScript.out);
  });
});
