// The flow page preloads the widget's first requests with the script; the widget takes those
// answers instead of asking again: the server sees each first request once, and the browser's
// only timing entry for it is the preload's.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import type { FlowServer } from '../../server/app.js';
import {
  DEMO,
  ensureBuilt,
  identifier,
  launch,
  listen,
  openPage,
  passwordField,
} from './harness.js';
import type { Listening } from './harness.js';

let browser: Browser;
let server: Listening;
/** Every request the server answered: `GET /path?query`. */
const seen: string[] = [];

before(async () => {
  ensureBuilt();
  const flow = createFlowServer();
  const counting = {
    ...flow,
    app: {
      fetch: (req: Request) => {
        const url = new URL(req.url);
        seen.push(`${req.method} ${url.pathname}${url.search}`);
        return flow.app.fetch(req);
      },
    },
  } as unknown as FlowServer;
  server = await listen(counting);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('first stage from preloaded answers', () => {
  it('the challenge and the flow instance are fetched once, by the preloads, and the flow goes on', async () => {
    const { context, page, problems } = await openPage(browser);
    seen.length = 0;
    await page.goto(`${server.url}/if/flow/demo-login/?next=%2Fafter%2F`);
    await identifier(page).waitFor();
    const executor = `/api/v3/flows/executor/demo-login/?query=${encodeURIComponent('next=%2Fafter%2F')}`;
    const instance = '/api/v3/flows/instances/demo-login/';
    const brand = '/api/v3/core/brands/current/';
    // The brand's footer is drawn once its answer is in (the widget's fetch of it has settled).
    await page.getByText('Powered by authentik').waitFor();
    assert.deepEqual(
      seen.filter((r) => r.startsWith('GET /api/')).sort(),
      [`GET ${executor}`, `GET ${instance}`, `GET ${brand}`].sort(),
      'each first request reached the server once',
    );
    // In the browser, the only entry for each is the preload's (a fetch of its own would add one).
    const initiators = await page.evaluate(
      (urls) =>
        urls.map((url) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => new URL(e.name).pathname + new URL(e.name).search === url)
            .map((e) => (e as PerformanceResourceTiming).initiatorType),
        ),
      [executor, instance, brand],
    );
    assert.deepEqual(initiators, [['link'], ['link'], ['link']]);
    // The challenge checks were preloaded too: no request for them after the script's.
    assert.equal(seen.filter((r) => r.endsWith('/chunks/validate.js')).length, 1);
    // No module is found only once the script runs (a third round trip): the brand's element and
    // the challenge checks started with the script.
    await page.locator('img[part="logo"]').waitFor();
    const late = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const script = entries.find((e) => new URL(e.name).pathname.endsWith('/ak-flow.js'))!;
      return entries
        .filter((e) => /\.js$/.test(new URL(e.name).pathname))
        .filter((e) => e.startTime >= script.responseEnd)
        .map((e) => `${e.initiatorType} ${new URL(e.name).pathname}`);
    });
    assert.deepEqual(late, [], 'modules that started after the script arrived');
    assert.equal(seen.filter((r) => r.endsWith('/chunks/brand.js')).length, 1);

    // The flow continues over ordinary requests (an answer is a POST, which the server may
    // redirect to a GET of the executor, as authentik does).
    await identifier(page).fill(DEMO.username);
    await identifier(page).press('Enter');
    await passwordField(page).waitFor();
    assert.equal(seen.filter((r) => r.startsWith('POST /api/v3/flows/executor/')).length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a flow that starts on a lazy stage: its chunks start with the script, none once it runs', async () => {
    const { context, page, problems } = await openPage(browser);
    seen.length = 0;
    await page.goto(`${server.url}/if/flow/demo-enrollment/`);
    // The prompt stage is drawn, and its password field has become the policy control.
    await page.getByLabel('Username').waitFor();
    await page.locator('ak-password-policy-input input[type="password"]').waitFor();
    // The build's table: the prompt stage's chunk and what it imports, and the same for the
    // policy control, which the stage loads because the page gives it a password policy.
    const table = JSON.parse(
      readFileSync(new URL('../../dist/cdn/stage-chunks.json', import.meta.url), 'utf8'),
    ) as Record<string, string[]>;
    const chunks = [
      ...new Set([...table['ak-stage-prompt'], ...table['ak-password-policy-input']]),
    ];
    assert.ok(chunks.some((f) => f.includes('/ak-stage-prompt-')));
    assert.ok(chunks.some((f) => f.includes('/ak-password-policy-input-')));
    // Each was asked for once, by the page's own preloads, before the script had arrived; and no
    // module started once the script ran (a third round trip).
    const { started, late } = await page.evaluate((files) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const script = entries.find((e) => new URL(e.name).pathname.endsWith('/ak-flow.js'))!;
      return {
        started: files.map((file) =>
          entries
            .filter((e) => new URL(e.name).pathname === `/static/dist/${file}`)
            .map((e) => e.startTime < script.responseEnd),
        ),
        late: entries
          .filter((e) => /\.js$/.test(new URL(e.name).pathname))
          .filter((e) => e.startTime >= script.responseEnd)
          .map((e) => new URL(e.name).pathname),
      };
    }, chunks);
    assert.deepEqual(
      started,
      chunks.map(() => [true]),
    );
    assert.deepEqual(late, [], 'modules that started after the script arrived');
    for (const file of chunks)
      assert.equal(seen.filter((r) => r === `GET /static/dist/${file}`).length, 1, file);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
