// Front-channel logout end to end: the widget loads each application's logout page in a hidden
// sandboxed frame (the reference server records them), answers, and the flow ends.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useE2E } from './harness.js';

const e2e = useE2E();

describe('e2e: logout', () => {
  it('front-channel logout through hidden frames, then the flow continues', async () => {
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      const posted = page.waitForRequest(
        (r) =>
          r.method() === 'POST' && r.url().includes('/flows/executor/demo-logout-frontchannel/'),
      );
      await page.goto(`${e2e.server.url}/if/flow/demo-logout-frontchannel/?next=%2Fbye%2F`);
      const body = (await posted).postDataJSON() as { component: string };
      assert.equal(body.component, 'ak-provider-iframe-logout');
      await page.waitForURL(`${e2e.server.url}/bye/`);
      const log = (await (await fetch(`${e2e.server.url}/dev/logout-log`)).json()) as string[];
      assert.deepEqual([...log].sort(), ['grafana', 'wiki']);
      assert.deepEqual(problems, [], 'schema violations or page errors');
    } finally {
      await context.close();
    }
  });
});
