import { expect, oneEvent } from '@open-wc/testing';
import { navigator_ } from '../../../components/flow-executor/navigation.js';
import type { AkStageFlowError } from '../../../components/stages/flow-error/ak-stage-flow-error.js';
import { StageSubmitEvent } from '../../../components/stages/kit/events.js';
import {
  flowInfo,
  flowInstance,
  root,
  scenario,
  settled,
  sleep,
  stageOf,
  stageRoot,
  testChallenge,
  until,
} from '../helpers.js';
import { mount } from './mount.js';
import { loadFixture } from '../stages/shared-suite.js';

type Executor = Awaited<ReturnType<typeof mount>>;

/** Types `text` into the test stage's input and submits it; resolves once the request failed. */
async function submitFailing(el: Executor, text: string) {
  const stage = stageOf(el);
  const input = stageRoot(stage).querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  const failed = oneEvent(el, 'ak-flow-error');
  stageRoot(stage).querySelector('form')!.requestSubmit();
  await failed;
  await el.updateComplete;
  return stage;
}

/** From now on the scenario, its log started afresh, answers every request with `challenge`. */
async function serveFromNow(id: string, challenge: Record<string, unknown>): Promise<void> {
  await fetch(`/__mock/${id}`, {
    method: 'POST',
    body: JSON.stringify({ executor: [{ body: challenge }], redirectAfterPost: false }),
  });
}

/** Presses the request error's "Try again"; resolves with the challenge shown next. */
async function retryToNext(el: Executor): Promise<void> {
  const next = oneEvent(el, 'ak-flow-challenge');
  root(el).querySelector<HTMLButtonElement>('[part="request-error"] button')!.click();
  await next;
}

describe('ak-flow-executor: fetching and rendering', () => {
  it('requests the challenge and the flow instance in parallel, then renders the stage', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge(), delay: 400 }],
      instance: { ...flowInstance({ title: 'T' }), delay: 400 },
    });
    const el = await mount({ 'api-path': s.apiPath });
    const log = await s.log();
    const exec = log.find((r) => r.url.includes('/flows/executor/'))!;
    const inst = log.find((r) => r.url.includes('/flows/instances/'))!;
    // Without a `query` attribute the page's own query string is handed over.
    const pageQuery = encodeURIComponent(location.search.slice(1));
    expect(exec.url).to.equal(`${s.apiPath}/flows/executor/test-flow/?query=${pageQuery}`);
    expect(inst.url).to.equal(`${s.apiPath}/flows/instances/test-flow/`);
    // Both left before either answered (each answer takes 400 ms).
    expect(Math.abs(exec.at - inst.at)).to.be.below(300);
    expect(exec.headers.accept).to.equal('application/json');
    expect(exec.headers['accept-language']).to.be.a('string').and.not.empty;
    expect(stageOf(el).localName).to.equal('ak-stage-test');
    await expect(el).to.be.accessible();
  });

  it('draws nothing while a quick first answer comes in: no spinner before the stage', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    // What each frame before the stage showed of the executor.
    const drawn: string[] = [];
    let watching = true;
    const frame = () => {
      const shadow = document.querySelector('ak-flow-executor')?.shadowRoot;
      if (shadow && !shadow.querySelector('ak-stage-test')) {
        drawn.push(
          ...[...shadow.querySelectorAll('[part="card"], .spinner')].map((e) => e.className),
        );
      }
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // A delay no test run reaches, so the quiet start cannot end before the answer.
    const el = await mount({ 'api-path': s.apiPath, 'loading-delay': '60000' });
    watching = false;
    expect(stageOf(el).localName).to.equal('ak-stage-test');
    expect(drawn, 'drawn before the stage').to.deep.equal([]);
  });

  it('shows the loading card only once the loading delay has passed with no answer', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 3000 }] });
    const later = await mount({ 'api-path': s.apiPath, 'loading-delay': '60000' }, { wait: false });
    await later.updateComplete;
    expect(root(later).querySelector('[part="card"]'), 'nothing drawn yet').to.equal(null);
    const now = await mount({ 'api-path': s.apiPath, 'loading-delay': '0' }, { wait: false });
    await now.updateComplete;
    expect(root(now).querySelector('[part="card"] .spinner'), 'at once with 0').to.exist;
  });

  it('passes the page query through ?query=, encoded once', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    await mount({ 'api-path': s.apiPath, query: 'next=/app?x=1&flow_token=a b' });
    const req = (await s.log()).find((r) => r.url.includes('/flows/executor/'))!;
    expect(req.url).to.equal(
      `${s.apiPath}/flows/executor/test-flow/?query=${encodeURIComponent('next=/app?x=1&flow_token=a b')}`,
    );
  });

  it('treats a 403 on the flow instance as normal', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge() }],
      instance: { status: 403, body: {} },
    });
    const el = await mount({ 'api-path': s.apiPath });
    expect(root(el).querySelector('[part="request-error"]')).to.equal(null);
    expect(stageOf(el)).to.exist;
  });

  it('shows the title from flow_info, else from the flow instance; document.title only when asked', async () => {
    const before = document.title;
    const s = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ title: 'From flow_info' }) }) }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal('From flow_info');
    expect(document.title).to.equal(before);

    const s2 = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ title: undefined }) }) }],
      instance: flowInstance({ title: 'From instance' }),
    });
    const el2 = await mount({ 'api-path': s2.apiPath, 'document-title': true });
    expect(root(el2).querySelector('[part="title"]')!.textContent).to.equal('From instance');
    expect(document.title).to.equal('From instance');
    document.title = before;
  });

  it('renders a hostile title as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const s = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ title: hostile }) }) }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal(hostile);
    expect(root(el).querySelector('[part="card"] img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps the last flow_info when a challenge has none', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge({ flow_info: flowInfo({ title: 'Kept', layout: 'sidebar_left' }) }) },
        { body: { component: 'ak-stage-flow-error', request_id: 'r1' } },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const next = oneEvent(el, 'ak-flow-challenge');
    stageOf(el).dispatchEvent(new StageSubmitEvent({ component: 'ak-stage-test', value: 'x' }));
    await next;
    expect(stageOf(el).localName).to.equal('ak-stage-flow-error');
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal('Kept');
    expect(root(el).querySelector('[part="layout"]')!.getAttribute('data-layout')).to.equal(
      'sidebar_left',
    );
  });

  it('refuses an invalid slug with a clear error and without any request', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    const el = await mount({ 'api-path': s.apiPath, slug: '../admin' });
    const error = root(el).querySelector('[part="request-error"]')!;
    expect(error.textContent).to.contain('"../admin" is not a valid flow name.');
    expect(await s.log()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names an unknown component instead of showing a blank card', async () => {
    const s = await scenario({
      executor: [{ body: { component: 'ak-stage-from-the-future', flow_info: flowInfo() } }],
    });
    const errors: { kind?: string; detail?: string }[] = [];
    const record = (e: Event) => errors.push((e as CustomEvent).detail.error);
    document.addEventListener('ak-flow-error', record);
    const el = await mount({ 'api-path': s.apiPath });
    await until(() => errors.length > 0, 'ak-flow-error for the unknown component');
    document.removeEventListener('ak-flow-error', record);
    expect(errors[0].kind).to.equal('unknown-component');
    expect(errors[0].detail).to.equal('ak-stage-from-the-future');
    const stage = stageOf<AkStageFlowError>(el);
    expect(stage.localName).to.equal('ak-stage-flow-error');
    expect(stageRoot(stage).textContent).to.contain('ak-stage-from-the-future');
    await expect(el).to.be.accessible();
  });

  it('re-fetches when the slug changes', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    const el = await mount({ 'api-path': s.apiPath });
    const next = settled(el);
    el.slug = 'other-flow';
    await next;
    const urls = (await s.log()).map((r) => r.url);
    expect(urls.some((u) => u.includes('/flows/executor/other-flow/'))).to.equal(true);
  });
});

describe('ak-flow-executor: failures', () => {
  const cases: [string, Parameters<typeof scenario>[0]['executor'][0], string][] = [
    [
      'a 404 HTML page (unknown slug)',
      { status: 404, raw: '<html>Not found</html>', contentType: 'text/html' },
      'does not exist',
    ],
    ['a 500', { status: 500, body: { detail: 'boom' } }, 'HTTP 500'],
    [
      'HTML instead of JSON',
      { raw: '<html>login wall</html>', contentType: 'text/html' },
      'web page instead of data',
    ],
    [
      'malformed JSON',
      { raw: '{"component": ', contentType: 'application/json' },
      'could not be read',
    ],
    ['JSON without component', { body: { detail: 'hi' } }, 'does not understand'],
  ];
  for (const [name, response, words] of cases) {
    it(`${name}: a clear error with a retry that works`, async () => {
      const s = await scenario({ executor: [response], eachRequest: true });
      // The second request (the retry) gets a real challenge.
      await fetch(`/__mock/${s.id}`, {
        method: 'POST',
        body: JSON.stringify({
          executor: [response, { body: testChallenge() }],
          eachRequest: true,
        }),
      });
      const el = await mount({ 'api-path': s.apiPath });
      const error = root(el).querySelector('[part="request-error"]')!;
      // The message is the alert; "Try again" beside it is not read as part of it.
      const alert = error.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(words);
      expect(alert.textContent).not.to.contain('Try again');
      await expect(el).to.be.accessible();
      const shown = oneEvent(el, 'ak-flow-challenge');
      error.querySelector('button')!.click();
      await shown;
      await el.updateComplete;
      expect(root(el).querySelector('[part="request-error"]')).to.equal(null);
      expect(stageOf(el).localName).to.equal('ak-stage-test');
    });
  }

  it('a retry after a quick first failure shows the loading card: the quiet start is over', async () => {
    const s = await scenario({
      executor: [
        { status: 500, body: {} },
        { body: testChallenge(), delay: 3000 },
      ],
      eachRequest: true,
    });
    const el = await mount({ 'api-path': s.apiPath, 'loading-delay': '60000' });
    root(el).querySelector<HTMLButtonElement>('[part="request-error"] button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="card"] .spinner'), 'the loading card').to.exist;
    // Focus went to the card's loading box, not to <body>.
    expect((root(el) as ShadowRoot).activeElement?.getAttribute('part')).to.equal('stage');
  });

  it('a timeout: a clear error', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 1500 }] });
    const el = await mount({ 'api-path': s.apiPath, timeout: '200' });
    expect(root(el).querySelector('[part="request-error"]')!.textContent).to.contain(
      'took too long',
    );
  });

  /** The timeouts (ms) a stage's own API request (kit/api.ts postApi) asks for under `timeout`. */
  async function stageRequestTimeouts(timeout: string): Promise<number[]> {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    const el = await mount({ 'api-path': s.apiPath, timeout });
    const { postApi } = await import('../../../components/stages/kit/api.js');
    const original = AbortSignal.timeout;
    const asked: number[] = [];
    AbortSignal.timeout = (ms: number) => {
      asked.push(ms);
      return original.call(AbortSignal, ms);
    };
    try {
      await postApi(stageOf(el)!.config, 'nowhere/', {}).catch(() => undefined);
    } finally {
      AbortSignal.timeout = original;
    }
    return asked;
  }

  it("a stage's own API requests (Duo setup, Plex) give up after the executor's timeout too", async () => {
    expect(await stageRequestTimeouts('4321')).to.deep.equal([4321]);
  });

  it("a timeout the browser's timer cannot keep falls back to the default for a stage's requests too", async () => {
    expect(await stageRequestTimeouts('Infinity')).to.deep.equal([30_000]);
  });

  it('a Duo push may wait for the phone longer than the timeout: no error, no second push', async () => {
    const validate = {
      ...(await loadFixture('ak-stage-authenticator-validate')),
      device_challenges: [{ device_class: 'duo', device_uid: '5', challenge: {}, last_used: null }],
    };
    const s = await scenario({
      executor: [{ body: validate }, { body: testChallenge(), delay: 1500 }],
    });
    const el = await mount({ 'api-path': s.apiPath, timeout: '300' });
    // The single Duo device pushes at once; the user approves on the phone 1.5 s later.
    await until(() => stageOf(el)?.localName === 'ak-stage-test', 'the next stage');
    expect(root(el).querySelector('[part="request-error"]') === null, 'no error').to.equal(true);
    const posts = (await s.log()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => JSON.parse(r.body!))).to.deep.equal([
      { component: 'ak-stage-authenticator-validate', duo: 5 },
    ]);
  });

  it('the network down: a clear error', async () => {
    const el = await mount({ 'base-url': 'http://127.0.0.1:9', 'api-path': '/api/v3' });
    expect(root(el).querySelector('[part="request-error"]')!.textContent).to.contain(
      'Could not reach',
    );
  });

  it('fires ak-flow-error with the FlowError', async () => {
    const s = await scenario({ executor: [{ status: 502, body: {} }] });
    const el = document.createElement('ak-flow-executor');
    el.slug = 'test-flow';
    el.apiPath = s.apiPath;
    const error = oneEvent(el, 'ak-flow-error');
    document.body.append(el);
    const event = await error;
    expect((event.detail.error as { kind: string }).kind).to.equal('http');
    el.remove();
  });

  it('keeps the stage and what the user typed when a submit fails, and retry re-sends it', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge() },
        { status: 500, body: {} },
        { body: testChallenge({ label: 'Next' }) },
      ],
      redirectAfterPost: false,
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = await submitFailing(el, 'typed by the user');
    expect(stageOf(el) === stage, 'the same stage element').to.equal(true);
    expect(stageRoot(stage).querySelector('input')!.value).to.equal('typed by the user');
    expect(stage.pending).to.equal(false);
    const banner = root(el).querySelector('[part="request-error"]')!;
    expect(banner.textContent).to.contain('HTTP 500');
    const next = oneEvent(el, 'ak-flow-challenge');
    banner.querySelector('button')!.click();
    await next;
    const posts = (await s.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(2);
    expect(JSON.parse(posts[1].body!)).to.deep.equal({
      component: 'ak-stage-test',
      value: 'typed by the user',
    });
  });
  for (const [name, reply] of [
    ['a web page', { raw: '<html>signed in</html>', contentType: 'text/html' }],
    ['JSON that is not a challenge', { body: { detail: 'ok' } }],
    ['a challenge that breaks its schema', { body: { component: 'ak-stage-password' } }],
  ] as const) {
    it(`a 2xx answer with ${name}: the retry re-reads the flow (no second POST); the same stage stays as typed`, async () => {
      const s = await scenario({
        executor: [{ body: testChallenge() }, reply],
        redirectAfterPost: false,
      });
      const el = await mount({ 'api-path': s.apiPath });
      const stage = await submitFailing(el, 'hunter2');
      // From here the server shows the same step: it never saw the answer (a proxy answered).
      await serveFromNow(s.id, testChallenge());
      await retryToNext(el);
      const calls = (await s.log()).filter((r) => r.url.includes('/flows/executor/'));
      expect(
        calls.map((r) => r.method),
        'the retry',
      ).to.deep.equal(['GET']);
      // The same step came back: what was typed is still there, for the user to send again.
      expect(stageOf(el) === stage, 'the same stage element').to.equal(true);
      expect(stageRoot(stage).querySelector('input')!.value).to.equal('hunter2');
    });
  }

  it('a 2xx answer that cannot be read, then the retry finds the next step of the same kind: it starts empty', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge() }, { body: { detail: 'ok' } }],
      redirectAfterPost: false,
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = await submitFailing(el, 'hunter2');
    // The server took the answer: the flow is on its next step, a stage of the same component.
    await serveFromNow(s.id, testChallenge({ label: 'New password' }));
    await retryToNext(el);
    await el.updateComplete;
    expect(stageOf(el) === stage, 'a new stage element').to.equal(false);
    expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal('New password');
    expect(stageRoot(stageOf(el)).querySelector('input')!.value, 'nothing carried over').to.equal(
      '',
    );
  });
});

describe('ak-flow-executor: submitting', () => {
  it('POSTs the answer, follows the 302 and shows the next stage with focus', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge() }, { body: testChallenge({ label: 'Second' }) }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const submitted = oneEvent(el, 'ak-flow-submit');
    const next = oneEvent(el, 'ak-flow-challenge');
    const input = stageRoot(stageOf(el)).querySelector('input')!;
    input.value = 'secret';
    input.dispatchEvent(new Event('input'));
    stageRoot(stageOf(el)).querySelector('form')!.requestSubmit();
    expect((await submitted).detail).to.deep.equal({ component: 'ak-stage-test' });
    await next;
    const log = await s.log();
    const executorCalls = log.filter((r) => r.url.includes('/flows/executor/'));
    expect(executorCalls.map((r) => r.method)).to.deep.equal(['GET', 'POST', 'GET']);
    const post = executorCalls[1];
    expect(post.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(post.body!)).to.deep.equal({ component: 'ak-stage-test', value: 'secret' });
    const stage = stageOf(el);
    expect(stageRoot(stage).querySelector('label')!.textContent).to.equal('Second');
    // A new stage gets a fresh element (nothing typed carries over) and focus.
    expect(stageRoot(stage).querySelector('input')!.value).to.equal('');
    await until(
      () => stage.shadowRoot!.activeElement === stageRoot(stage).querySelector('input'),
      'focus',
    );
  });

  it('sends one answer at a time', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge() },
        { body: testChallenge({ label: 'Second' }), delay: 300 },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = stageOf(el);
    const next = oneEvent(el, 'ak-flow-challenge');
    stage.dispatchEvent(new StageSubmitEvent({ component: 'ak-stage-test', value: '1' }));
    stage.dispatchEvent(new StageSubmitEvent({ component: 'ak-stage-test', value: '2' }));
    stageRoot(stage).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(stage.pending).to.equal(true);
    expect(root(el).querySelector('[part="stage"]')!.getAttribute('aria-busy')).to.equal('true');
    await next;
    const posts = (await s.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
  });

  it('reuses the stage when it comes back with errors, so input stays, and focuses the error', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge() },
        {
          body: testChallenge({
            response_errors: { value: [{ string: 'Not this one.', code: 'invalid' }] },
          }),
        },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = stageOf(el);
    const input = stageRoot(stage).querySelector('input')!;
    input.value = 'kept';
    input.dispatchEvent(new Event('input'));
    const next = oneEvent(el, 'ak-flow-challenge');
    stageRoot(stage).querySelector('form')!.requestSubmit();
    await next;
    await stage.updateComplete;
    expect(stageOf(el) === stage, 'the same stage element').to.equal(true);
    expect(input.value).to.equal('kept');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = stageRoot(stage).querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(described.textContent).to.contain('Not this one.');
    await until(() => stage.shadowRoot!.activeElement === input, 'focus on the invalid field');
    await expect(el).to.be.accessible();
  });

  it('a background poll answered with the same stage changes nothing the user notices', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge() }, { body: testChallenge(), delay: 100 }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = stageOf(el);
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    outside.focus();
    const events: string[] = [];
    for (const type of ['ak-flow-submit', 'ak-flow-challenge'] as const) {
      el.addEventListener(type, () => events.push(type));
    }
    // What a polling stage does (the Duo stage): its own submit, marked background.
    (stage as unknown as { submit: (r: object, o: object) => void }).submit(
      { component: 'ak-stage-test' },
      { background: true },
    );
    await el.updateComplete;
    await stage.updateComplete;
    expect(stage.pending, 'a poll still guards against a second answer').to.equal(true);
    expect(stageRoot(stage).querySelector('.spinner') === null, 'no progress shown').to.equal(true);
    expect(root(el).querySelector('[part="stage"]')!.getAttribute('aria-busy')).to.equal('false');
    await until(
      async () => (await s.log()).filter((r) => r.method === 'GET').length >= 2,
      'the poll answered',
    );
    await until(() => !stage.pending, 'the poll answer applied');
    await el.updateComplete;
    expect(stageOf(el) === stage, 'the same stage element').to.equal(true);
    expect(document.activeElement === outside, 'focus stays where the user left it').to.equal(true);
    expect(events).to.deep.equal([]);
    outside.remove();
  });

  it('never applies a stale answer: a newer request aborts the older one', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge({ label: 'Stale' }), delay: 700 },
        { body: testChallenge({ label: 'Fresh' }) },
      ],
      eachRequest: true,
    });
    const el = await mount({ 'api-path': s.apiPath }, { wait: false });
    await until(async () => (await s.log()).length >= 1, 'first request');
    await el.reload();
    await el.updateComplete;
    expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal('Fresh');
    // The stale answer leaves the server; one more round trip later it would have been applied.
    await until(async () => !!(await s.log())[0]?.answered, 'the stale answer sent');
    await s.log();
    await el.updateComplete;
    expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal('Fresh');
  });

  it('restart() drops the plan through the cancel URL, then starts again', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    await fetch(`/__mock/${s.id}`, {
      method: 'POST',
      body: JSON.stringify({
        executor: [{ body: testChallenge({ flow_info: flowInfo({ cancel_url: s.cancelUrl }) }) }],
      }),
    });
    const el = await mount({ 'api-path': s.apiPath });
    await el.restart();
    const log = await s.log();
    const cancel = log.findIndex((r) => r.url === s.cancelUrl);
    expect(cancel).to.be.greaterThan(-1);
    expect(log.slice(cancel + 1).some((r) => r.url.includes('/flows/executor/'))).to.equal(true);
  });
});

describe('display stages', () => {
  it('flow-error: a generic message and the request id; the server text only when given', async () => {
    const s = await scenario({
      executor: [
        { body: { component: 'ak-stage-flow-error', request_id: 'req-42', flow_info: flowInfo() } },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const text = stageRoot(stageOf(el)).textContent!;
    expect(text).to.contain('could not continue');
    // One translated sentence, its punctuation included; the id set apart as code.
    const id = stageRoot(stageOf(el)).querySelector('p.help code')!;
    expect(id.textContent).to.equal('req-42');
    expect(id.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Request ID: req-42',
    );
    await expect(el).to.be.accessible();

    const s2 = await scenario({
      executor: [
        {
          body: {
            component: 'ak-stage-flow-error',
            request_id: 'r',
            error: 'Policy <b>x</b> failed',
            flow_info: flowInfo(),
          },
        },
      ],
    });
    const el2 = await mount({ 'api-path': s2.apiPath });
    expect(stageRoot(stageOf(el2)).textContent).to.contain('Policy <b>x</b> failed');
    expect(stageRoot(stageOf(el2)).querySelector('b')).to.equal(null);
  });

  it('access denied: the message, and "Go back" cancels the plan and starts again', async () => {
    const s = await scenario({ executor: [] });
    const denied = {
      component: 'ak-stage-access-denied',
      pending_user: 'alice',
      pending_user_avatar: 'javascript:alert(1)',
      error_message: 'Not allowed here.',
    };
    await fetch(`/__mock/${s.id}`, {
      method: 'POST',
      body: JSON.stringify({
        executor: [{ body: { ...denied, flow_info: flowInfo({ cancel_url: s.cancelUrl }) } }],
      }),
    });
    const el = await mount({ 'api-path': s.apiPath });
    const stage = stageRoot(stageOf(el));
    expect(stage.textContent).to.contain('Not allowed here.');
    expect(stage.querySelector('img')).to.equal(null, 'an unsafe avatar is not shown');
    await expect(el).to.be.accessible();
    const again = oneEvent(el, 'ak-flow-challenge');
    stage.querySelector('button')!.click();
    await again;
    expect((await s.log()).some((r) => r.url === s.cancelUrl)).to.equal(true);
  });

  describe('redirect', () => {
    let assigned: string[];
    const original = navigator_.assign;
    beforeEach(() => {
      assigned = [];
      navigator_.assign = (url: string) => void assigned.push(url);
    });
    afterEach(() => {
      navigator_.assign = original;
    });

    it('fires ak-flow-done and a cancelable ak-flow-redirect, then navigates', async () => {
      const s = await scenario({
        executor: [
          { body: { component: 'xak-flow-redirect', to: '/app/home', flow_info: flowInfo() } },
        ],
      });
      const el = document.createElement('ak-flow-executor');
      el.slug = 'test-flow';
      el.apiPath = s.apiPath;
      const redirect = oneEvent(el, 'ak-flow-redirect');
      const done = oneEvent(el, 'ak-flow-done');
      document.body.append(el);
      const event = await redirect;
      expect(event.cancelable).to.equal(true);
      expect(event.detail.to).to.equal(new URL('/app/home', location.href).href);
      expect((await done).detail.to).to.equal(event.detail.to);
      expect(assigned).to.deep.equal([event.detail.to]);
      el.remove();
    });

    it('a hop to another flow (final_redirect false) navigates but is not ak-flow-done', async () => {
      const hop = { component: 'xak-flow-redirect', to: '/if/flow/next/', final_redirect: false };
      const s = await scenario({ executor: [{ body: { ...hop, flow_info: flowInfo() } }] });
      const el = document.createElement('ak-flow-executor');
      el.slug = 'test-flow';
      el.apiPath = s.apiPath;
      let done = 0;
      el.addEventListener('ak-flow-done', () => done++);
      // The page takes over: the stage stays, saying where it is.
      el.addEventListener('ak-flow-redirect', (e) => e.preventDefault());
      const redirect = oneEvent(el, 'ak-flow-redirect');
      const shown = oneEvent(el, 'ak-flow-challenge');
      document.body.append(el);
      expect((await redirect).detail.to).to.equal(new URL('/if/flow/next/', location.href).href);
      // ak-flow-done would be fired right after ak-flow-challenge, in the same turn.
      await shown;
      expect(done).to.equal(0);
      const stage = stageOf(el);
      await (stage as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(stageRoot(stage).querySelector('h2')!.textContent).to.contain('Redirecting…');
      el.remove();
    });

    it('a cancelled redirect does not navigate (a single-page app takes over)', async () => {
      const s = await scenario({
        executor: [{ body: { component: 'xak-flow-redirect', to: '/spa', flow_info: flowInfo() } }],
      });
      const el = document.createElement('ak-flow-executor');
      el.slug = 'test-flow';
      el.apiPath = s.apiPath;
      el.addEventListener('ak-flow-redirect', (e) => e.preventDefault());
      const redirect = oneEvent(el, 'ak-flow-redirect');
      document.body.append(el);
      await redirect;
      await sleep(50);
      expect(assigned).to.deep.equal([]);
      el.remove();
    });

    it("follows an identification source's redirect the same way, unless the page takes over", async () => {
      const source = {
        name: 'GitHub',
        icon_url: null,
        challenge: { component: 'xak-flow-redirect', to: '/source/oauth/login/github/' },
      };
      const fixture = await (
        await fetch('/test/fixtures/challenges/ak-stage-identification.json')
      ).json();
      const identification = { ...fixture, sources: [source], flow_info: flowInfo() };
      const s = await scenario({ executor: [{ body: identification }] });
      const el = await mount({ 'api-path': s.apiPath });
      const button = () =>
        stageRoot(stageOf(el)).querySelector<HTMLButtonElement>('button[part="source"]')!;
      setTimeout(() => button().click());
      const event = await oneEvent(el, 'ak-flow-redirect');
      expect(event.cancelable).to.equal(true);
      const target = new URL('/source/oauth/login/github/', location.href).href;
      expect(event.detail.to).to.equal(target);
      expect(assigned).to.deep.equal([target]);
      el.addEventListener('ak-flow-redirect', (e) => e.preventDefault(), { once: true });
      button().click();
      expect(assigned, 'a cancelled redirect does not navigate').to.deep.equal([target]);
    });

    it("shows an identification source's own step (Plex) in place, without the server", async () => {
      const fixture = await (
        await fetch('/test/fixtures/challenges/ak-stage-identification.json')
      ).json();
      const plex = { component: 'ak-source-plex', client_id: 'abc', slug: 'plex' };
      const identification = {
        ...fixture,
        sources: [{ name: 'Plex', icon_url: null, challenge: plex }],
        flow_info: flowInfo(),
      };
      const s = await scenario({ executor: [{ body: identification }] });
      const el = await mount({ 'api-path': s.apiPath });
      const shown = oneEvent(el, 'ak-flow-challenge');
      stageRoot(stageOf(el)).querySelector<HTMLButtonElement>('button[part="source"]')!.click();
      expect((await shown).detail.challenge.component).to.equal('ak-source-plex');
      await el.updateComplete;
      expect(stageOf(el).localName).to.equal('ak-source-plex');
      expect(root(el).querySelector('[part="request-error"]') === null, 'no error').to.equal(true);
      const executor = (await s.log()).filter((r) => r.url.includes('/flows/executor/'));
      expect(executor, 'no request for it').to.have.length(1);
      // Focus moved into it, as into any new stage.
      await until(() => stageOf(el).shadowRoot!.activeElement !== null, 'focus in the new stage');
    });

    it('a source of a kind it has no stage for is named, with a way to start over', async () => {
      const fixture = await (
        await fetch('/test/fixtures/challenges/ak-stage-identification.json')
      ).json();
      const identification = {
        ...fixture,
        sources: [{ name: 'Odd', icon_url: null, challenge: { component: 'ak-source-odd' } }],
        flow_info: flowInfo(),
      };
      const s = await scenario({ executor: [{ body: identification }] });
      const el = await mount({ 'api-path': s.apiPath });
      const failed = oneEvent(el, 'ak-flow-error');
      stageRoot(stageOf(el)).querySelector<HTMLButtonElement>('button[part="source"]')!.click();
      expect((await failed).detail.error).to.include({ kind: 'unknown-component' });
      await until(() => {
        const said = stageOf(el) ? (stageRoot(stageOf(el)).textContent ?? '') : '';
        return said.includes('ak-source-odd') && said.includes('is not supported by this page');
      }, 'named on screen');
      expect(!!stageRoot(stageOf(el)).querySelector('button'), 'a way to start over').to.equal(
        true,
      );
    });

    for (const to of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      it(`refuses ${to.slice(0, 12)}… with a clear message`, async () => {
        const s = await scenario({
          executor: [{ body: { component: 'xak-flow-redirect', to, flow_info: flowInfo() } }],
        });
        const el = await mount({ 'api-path': s.apiPath });
        await stageOf(el).updateComplete;
        expect(assigned).to.deep.equal([]);
        const stage = stageRoot(stageOf(el));
        expect(stage.textContent).to.contain('not allowed');
        expect(stage.querySelector('a')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('autosubmit', () => {
    let submitted: HTMLFormElement[];
    const original = HTMLFormElement.prototype.submit;
    beforeEach(() => {
      submitted = [];
      HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
        submitted.push(this);
      };
    });
    afterEach(() => {
      HTMLFormElement.prototype.submit = original;
    });

    it('posts a real form with the attrs as hidden inputs', async () => {
      const s = await scenario({
        executor: [
          {
            body: {
              component: 'ak-stage-autosubmit',
              url: 'https://sp.example.com/acs',
              attrs: { SAMLResponse: 'PHNhbWw+', RelayState: '"><img src=x>' },
              title: 'Redirecting to the app',
              flow_info: flowInfo(),
            },
          },
        ],
      });
      const el = await mount({ 'api-path': s.apiPath });
      await until(() => submitted.length === 1, 'form submitted');
      const form = submitted[0];
      expect(form.method).to.equal('post');
      expect(form.action).to.equal('https://sp.example.com/acs');
      const data = Object.fromEntries(new FormData(form));
      expect(data).to.deep.equal({ SAMLResponse: 'PHNhbWw+', RelayState: '"><img src=x>' });
      expect(stageRoot(stageOf(el)).querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: target and submits nothing', async () => {
      const s = await scenario({
        executor: [
          {
            body: {
              component: 'ak-stage-autosubmit',
              url: 'javascript:alert(1)',
              attrs: { a: 'b' },
              flow_info: flowInfo(),
            },
          },
        ],
      });
      const el = await mount({ 'api-path': s.apiPath });
      await sleep(50);
      expect(submitted).to.have.length(0);
      expect(stageRoot(stageOf(el)).querySelector('form')).to.equal(null);
      expect(stageRoot(stageOf(el)).textContent).to.contain('not allowed');
      expect(stageRoot(stageOf(el)).querySelector('button')!.textContent).to.contain('Start over');
    });
  });
});
