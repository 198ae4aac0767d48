// A scripted authentik API for component tests, served over real HTTP by web-test-runner's dev server.
// A test registers a scenario with POST /__mock/<id>; the widget then talks to /mock/<id>/api/v3/...
// and every request is recorded for the test to read back at GET /__mock/<id>/log.
//
// Scenario: { executor: Resp[], instance?: Resp, policy?: Resp, redirectAfterPost?: boolean,
//             eachRequest?: boolean (every executor request, GETs too, takes the next entry) }
// Resp: { status?, body? (JSON), raw? (text), contentType?, delay? (ms) }
// The executor queue is consumed in order (the last entry repeats); like authentik, a POST is
// answered with 302 back to the executor URL unless redirectAfterPost is false.

import { readFileSync } from 'node:fs';

const scenarios = new Map();
let plexPolls = 0;
const plexLog = [];
const duo = { statuses: ['waiting'], log: [] };

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

function send(ctx, resp) {
  const r = resp ?? {
    status: 404,
    raw: '<html><body>Not found</body></html>',
    contentType: 'text/html',
  };
  ctx.status = r.status ?? 200;
  if (r.raw !== undefined) {
    ctx.type = r.contentType ?? 'text/plain';
    ctx.body = r.raw;
  } else {
    ctx.type = r.contentType ?? 'application/json';
    ctx.body = JSON.stringify(r.body ?? {});
  }
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const devCaptcha = readFileSync(new URL('../../server/dev/captcha.js', import.meta.url), 'utf8');

export function mockServer() {
  return async (ctx, next) => {
    // The reference server's development captcha provider and a front-channel logout page, at the
    // paths the reference server uses, so stage fixtures work in both.
    if (ctx.path === '/dev/captcha/api.js') {
      ctx.type = 'text/javascript';
      ctx.body = devCaptcha;
      return;
    }
    // A local stand-in for plex.tv's PIN API and authentik's Plex redeem endpoint (tests only):
    // the PIN is authorised on its second poll.
    if (ctx.path === '/fake-plex/api/v2/pins' && ctx.method === 'POST') {
      plexPolls = 0;
      plexLog.push({ method: 'POST', client: ctx.get('X-Plex-Client-Identifier') });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ id: 7, code: 'pin-code-7' });
      return;
    }
    if (ctx.path === '/fake-plex/api/v2/pins/7') {
      plexPolls++;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        id: 7,
        code: 'pin-code-7',
        authToken: plexPolls >= 2 ? 'plex-token-7' : null,
      });
      return;
    }
    if (ctx.path.endsWith('/sources/plex/redeem_token/') && ctx.method === 'POST') {
      plexLog.push({
        method: 'redeem',
        path: ctx.path,
        slug: ctx.query.slug,
        body: await readBody(ctx.req),
      });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ component: 'xak-flow-redirect', to: '/source/plex/done/' });
      return;
    }
    // authentik's Duo enrollment-status endpoint (tests only): answers the statuses a test queued
    // with POST /__duo {statuses} (the last one repeats; a number is an HTTP error status), and
    // logs each request for GET /__duo/log.
    if (ctx.path === '/__duo' && ctx.method === 'POST') {
      duo.statuses = JSON.parse(await readBody(ctx.req)).statuses;
      duo.log.length = 0;
      ctx.body = 'ok';
      return;
    }
    if (/\/stages\/authenticator\/duo\/[^/]+\/enrollment_status\/$/.test(ctx.path)) {
      duo.log.push({ method: ctx.method, path: ctx.path, csrf: ctx.get('X-authentik-CSRF') });
      const status = duo.statuses.length > 1 ? duo.statuses.shift() : duo.statuses[0];
      if (typeof status === 'number') return send(ctx, { status, raw: 'error' });
      return send(ctx, { body: { duo_response: status } });
    }
    if (ctx.path === '/__duo/log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(duo.log);
      return;
    }
    if (ctx.path === '/fake-plex/log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(plexLog.splice(0));
      return;
    }
    if (ctx.path === '/dev/captcha/never.js') {
      await delay(15000); // a provider script that does not arrive in time
      ctx.status = 504;
      return;
    }
    if (ctx.path === '/dev/logout/never') {
      await delay(15000); // an application that does not answer in time
      ctx.status = 504;
      return;
    }
    if (/^\/dev\/logout\/[\w-]+$/.test(ctx.path)) {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Signed out</title><p>Signed out</p>';
      return;
    }
    const admin = ctx.path.match(/^\/__mock\/([\w-]+)(\/log)?$/);
    if (admin) {
      const [, id, log] = admin;
      if (log) {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(scenarios.get(id)?.log ?? []);
        return;
      }
      const scenario = JSON.parse(await readBody(ctx.req));
      scenarios.set(id, { ...scenario, cursor: 0, log: [] });
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/flows/-/cancel/' || /^\/mock\/[\w-]+\/flows\/-\/cancel\/$/.test(ctx.path)) {
      const id = ctx.path.split('/')[2];
      scenarios.get(id)?.log.push({ method: ctx.method, url: ctx.url, at: Date.now() });
      ctx.status = 302;
      ctx.set('Location', '/');
      return;
    }
    const api = ctx.path.match(/^\/mock\/([\w-]+)\/api\/v3\/(.*)$/);
    if (!api) return next();
    const [, id, rest] = api;
    const scenario = scenarios.get(id);
    if (!scenario) return send(ctx, { status: 500, raw: `no scenario ${id}` });
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : undefined;
    const entry = { method: ctx.method, url: ctx.url, headers: ctx.headers, body, at: Date.now() };
    scenario.log.push(entry);

    let resp;
    if (rest.startsWith('flows/executor/')) {
      if (ctx.method === 'POST') {
        scenario.cursor++;
        if (scenario.redirectAfterPost !== false) {
          ctx.status = 302;
          ctx.set('Location', ctx.url);
          return;
        }
      }
      const queue = scenario.executor ?? [];
      resp = queue[Math.min(scenario.cursor, queue.length - 1)];
      if (scenario.eachRequest && ctx.method === 'GET') scenario.cursor++;
    } else if (rest.startsWith('flows/instances/')) {
      resp = scenario.instance ?? { status: 403, body: { detail: 'You do not have permission.' } };
    } else if (rest.startsWith('policies/password/')) {
      resp = scenario.policy;
    } else if (rest.startsWith('core/brands/current/')) {
      resp = scenario.brand;
    }
    if (resp?.delay) await delay(resp.delay);
    entry.answered = Date.now(); // the answer leaves now (tests wait for it, not for time)
    send(ctx, resp);
  };
}
