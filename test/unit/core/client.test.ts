import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FlowClient, readCsrfToken } from '../../../src/api/client.js';
import { FlowError } from '../../../src/api/errors.js';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch stub that records calls and answers with `respond`. */
function stub(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: string | URL, init: RequestInit = {}) => {
    const call = { url: String(url), init };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const challenge = {
  component: 'ak-stage-dummy',
  flow_info: { cancel_url: '/c', layout: 'stacked' },
  name: 'dummy',
};

test('executor URL: ?query= with the page query encoded once, trailing slash, custom api path', async () => {
  const { fetch, calls } = stub(() => json(challenge));
  const client = new FlowClient({
    baseUrl: 'https://auth.example.com/',
    slug: 'default-authentication-flow',
    query: '?next=%2Fapp%3Fa%3D1&flow_token=x y',
    fetch,
  });
  await client.getChallenge();
  assert.equal(
    calls[0].url,
    'https://auth.example.com/api/v3/flows/executor/default-authentication-flow/?query=' +
      encodeURIComponent('next=%2Fapp%3Fa%3D1&flow_token=x y'),
  );
  const custom = new FlowClient({
    baseUrl: 'https://a.b',
    apiPath: 'auth/api/v3/',
    slug: 's',
    fetch,
  });
  assert.equal(custom.executorUrl, 'https://a.b/auth/api/v3/flows/executor/s/?query=');
  assert.equal(custom.instanceUrl, 'https://a.b/auth/api/v3/flows/instances/s/');
  assert.equal(custom.passwordPolicyUrl('u-1'), 'https://a.b/auth/api/v3/policies/password/u-1/');
});

test('POST sends the JSON answer with Accept, Accept-Language and Content-Type', async () => {
  const { fetch, calls } = stub(() => json(challenge));
  const client = new FlowClient({
    baseUrl: 'https://a.b',
    slug: 's',
    language: 'de-DE, en',
    fetch,
  });
  await client.submit({ component: 'ak-stage-password', password: 'pw' });
  const { init } = calls[0];
  const headers = init.headers as Headers;
  assert.equal(init.method, 'POST');
  assert.equal(init.body, JSON.stringify({ component: 'ak-stage-password', password: 'pw' }));
  assert.equal(headers.get('Accept'), 'application/json');
  assert.equal(headers.get('Accept-Language'), 'de-DE, en');
  assert.equal(headers.get('Content-Type'), 'application/json');
  assert.equal(init.redirect, 'follow');
  assert.ok(!calls[0].url.includes('pw'), 'the password never goes into the URL');
});

test('credentials: include when there is no page origin to compare (cross origin)', () => {
  const client = new FlowClient({
    baseUrl: 'https://a.b',
    slug: 's',
    fetch: stub(() => json({})).fetch,
  });
  assert.equal(client.credentials, 'include');
});

test('the CSRF cookie is read when present', () => {
  assert.equal(readCsrfToken('a=1; authentik_csrf=tok%3D1; b=2'), 'tok=1');
  assert.equal(readCsrfToken('a=1'), undefined);
  assert.equal(readCsrfToken(undefined), undefined);
});

test('the CSRF header goes with POSTs only: GETs do not read document.cookie', async () => {
  let reads = 0;
  const g = globalThis as { document?: unknown };
  const before = g.document;
  g.document = {
    get cookie() {
      reads++;
      return 'authentik_csrf=tok';
    },
  };
  try {
    const { fetch, calls } = stub(() => json(challenge));
    const client = new FlowClient({ baseUrl: 'https://a.b', slug: 's', fetch });
    await client.getChallenge();
    await client.getFlowInstance();
    assert.equal(reads, 0);
    assert.equal(new Headers(calls[0].init.headers).get('X-authentik-CSRF'), null);
    await client.submit({ component: 'ak-stage-dummy' });
    assert.equal(reads, 1);
    assert.equal(new Headers(calls[2].init.headers).get('X-authentik-CSRF'), 'tok');
  } finally {
    g.document = before;
  }
});

async function failure(respond: (call: Call) => Response | Promise<Response>, timeout?: number) {
  const client = new FlowClient({
    baseUrl: 'https://a.b',
    slug: 's',
    fetch: stub(respond).fetch,
    timeout,
  });
  try {
    await client.getChallenge();
  } catch (err) {
    assert.ok(err instanceof FlowError, `expected a FlowError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the request to fail');
}

test('every failure becomes a typed FlowError', async () => {
  assert.equal(
    (await failure(() => Promise.reject(new TypeError('Failed to fetch')))).kind,
    'network',
  );
  const http = await failure(
    () =>
      new Response('<html>Not Found</html>', {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      }),
  );
  assert.equal(http.kind, 'http');
  assert.equal(http.status, 404);
  assert.equal((await failure(() => json({ detail: 'boom' }, 500))).status, 500);
  assert.equal(
    (
      await failure(
        () => new Response('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }),
      )
    ).kind,
    'not-json',
  );
  assert.equal(
    (
      await failure(
        () => new Response('{"component": ', { headers: { 'Content-Type': 'application/json' } }),
      )
    ).kind,
    'malformed',
  );
  assert.equal((await failure(() => json({ detail: 'no challenge' }))).kind, 'no-component');
  assert.equal((await failure(() => json([1, 2]))).kind, 'no-component');
});

test('a request with no answer within the timeout fails as a timeout', async () => {
  // A real socket keeps the event loop alive; a hanging stub needs a timer to stand in for it.
  const keepAlive = setTimeout(() => {}, 5000);
  const hang = (call: Call) =>
    new Promise<Response>((_, reject) => {
      call.init.signal?.addEventListener('abort', () => reject(call.init.signal?.reason));
    });
  const err = await failure(hang, 50);
  clearTimeout(keepAlive);
  assert.equal(err.kind, 'timeout');
});

test('a timeout that is no usable number (an attribute of "30s", 0, -1, Infinity) falls back to the default', async () => {
  for (const timeout of [Number('30s'), 0, -1, Infinity, 2 ** 40]) {
    const { fetch, calls } = stub(() => json(challenge));
    const client = new FlowClient({ baseUrl: 'https://a.b', slug: 's', fetch, timeout });
    assert.equal((await client.getChallenge()).component, 'ak-stage-dummy', String(timeout));
    assert.equal(calls[0].init.signal?.aborted, false, String(timeout));
  }
});

test('a challenge that does not match its schema is an invalid-challenge FlowError', async () => {
  const { fetch } = stub(() => json({ ...challenge, name: 42 }));
  const client = new FlowClient({ baseUrl: 'https://ak.example', slug: 'f', fetch });
  await assert.rejects(client.getChallenge(), (err: unknown) => {
    assert.ok(err instanceof FlowError);
    assert.equal(err.kind, 'invalid-challenge');
    assert.equal(err.detail, 'name should be a string, not number');
    return true;
  });
});

test('an aborted request rejects with the abort, not a FlowError', async () => {
  const controller = new AbortController();
  const { fetch } = stub(
    (call) =>
      new Promise<Response>((_, reject) => {
        call.init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      }),
  );
  const client = new FlowClient({ baseUrl: 'https://a.b', slug: 's', fetch });
  const pending = client.getChallenge(controller.signal);
  controller.abort(new DOMException('superseded', 'AbortError'));
  await assert.rejects(
    pending,
    (err: unknown) => !(err instanceof FlowError) && (err as Error).name === 'AbortError',
  );
});

test('the flow instance is optional: 401/403/404 and failures give null', async () => {
  for (const status of [401, 403, 404]) {
    const client = new FlowClient({
      baseUrl: 'https://a.b',
      slug: 's',
      fetch: stub(() => json({ detail: 'x' }, status)).fetch,
    });
    assert.equal(await client.getFlowInstance(), null);
  }
  const flow = {
    pk: '1',
    slug: 's',
    name: 'n',
    title: 'T',
    designation: 'authentication',
    compatibility_mode: true,
  };
  const ok = new FlowClient({
    baseUrl: 'https://a.b',
    slug: 's',
    fetch: stub(() => json(flow)).fetch,
  });
  assert.deepEqual(await ok.getFlowInstance(), flow);
});

test('cancel fetches the cancel URL on the authentik origin, and refuses other schemes', async () => {
  const { fetch, calls } = stub(() => new Response(null, { status: 200 }));
  const client = new FlowClient({ baseUrl: 'https://auth.example.com', slug: 's', fetch });
  await client.cancel('/flows/-/cancel/');
  await client.cancel('javascript:alert(1)');
  assert.deepEqual(
    calls.map((c) => c.url),
    ['https://auth.example.com/flows/-/cancel/'],
  );
  assert.equal(calls[0].init.redirect, 'manual');
});
