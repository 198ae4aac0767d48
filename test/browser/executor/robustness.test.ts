// What a hostile or broken server cannot do to the widget: a challenge that breaks its schema is
// refused at the door with a way on; a stage that throws while rendering is caught, said and left.
import { expect, oneEvent } from '@open-wc/testing';
import { FlowError } from '../../../src/api/errors.js';
import { navigator_ } from '../../../components/flow-executor/navigation.js';
import { flowInfo, root, scenario, stageOf, stageRoot, testChallenge, until } from '../helpers.js';
import { mount } from './mount.js';

/**
 * Adds an executor for the scenario at `apiPath`, recording every ak-flow-error from the start;
 * resolves once `first` (the first error, or the first stage) has come.
 */
async function start(apiPath: string, first: 'ak-flow-error' | 'ak-flow-challenge', light = false) {
  const errors: FlowError[] = [];
  const el = document.createElement('ak-flow-executor');
  if (light) el.setAttribute('compatibility-mode', '');
  el.addEventListener('ak-flow-error', (e) => errors.push(e.detail.error as FlowError));
  el.slug = 'test-flow';
  el.apiPath = apiPath;
  const came = oneEvent(el, first);
  document.body.append(el);
  await came;
  return { el, errors };
}

const requestError = (el: HTMLElement & { isLightDom: boolean }) =>
  root(el as never).querySelector('[part="request-error"]');

describe('ak-flow-executor: robustness', () => {
  it('a challenge that breaks its schema is refused with a clear error; the retry goes on', async () => {
    const s = await scenario({
      eachRequest: true,
      executor: [
        // flow_info.title not a string: once kept, it broke every later render.
        { body: { ...testChallenge(), flow_info: { ...flowInfo(), title: { x: 1 } } } },
        { body: testChallenge({ label: 'Fine now' }) },
      ],
    });
    const { el, errors } = await start(s.apiPath, 'ak-flow-error');
    await el.updateComplete;
    expect(errors[0].kind).to.equal('invalid-challenge');
    expect(errors[0].detail).to.equal('flow_info.title should be a string, not object');
    const box = requestError(el)!;
    expect(box.textContent).to.contain('sent a step this page cannot show');
    const shown = oneEvent(el, 'ak-flow-challenge');
    box.querySelector('button')!.click();
    await shown;
    await el.updateComplete;
    expect(requestError(el)).to.equal(null);
    expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal('Fine now');
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal(flowInfo().title);
    el.remove();
  });

  it('after a refused challenge, a final redirect without flow_info still navigates', async () => {
    const assigned: string[] = [];
    const original = navigator_.assign;
    navigator_.assign = (url: string) => void assigned.push(url);
    try {
      const s = await scenario({
        eachRequest: true,
        executor: [
          { body: { ...testChallenge(), flow_info: { ...flowInfo(), layout: 3 } } },
          { body: { component: 'xak-flow-redirect', to: '/app/' } },
        ],
      });
      const el = await mount({ 'api-path': s.apiPath });
      const done = oneEvent(el, 'ak-flow-done');
      requestError(el)!.querySelector('button')!.click();
      await done;
      await until(() => assigned.length === 1, 'the navigation');
      expect(assigned).to.deep.equal([new URL('/app/', location.href).href]);
      el.remove();
    } finally {
      navigator_.assign = original;
    }
  });

  for (const light of [false, true]) {
    it(`a stage that throws while rendering shows a message and a way on (${light ? 'light' : 'shadow'} DOM)`, async () => {
      const s = await scenario({
        eachRequest: true,
        executor: [
          { body: testChallenge({ label: 'throw' }) },
          { body: testChallenge({ label: 'After the restart' }) },
        ],
      });
      const { el, errors } = await start(s.apiPath, 'ak-flow-challenge', light);
      const stage = stageRoot(stageOf(el));
      expect(stage.querySelector('[role="alert"]')!.textContent).to.contain(
        'This step could not be shown.',
      );
      expect(errors.map((e) => e.kind)).to.deep.equal(['render']);
      expect(errors[0].detail).to.equal('ak-stage-test');
      const again = oneEvent(el, 'ak-flow-challenge');
      const button = Array.from(stage.querySelectorAll('button')).find((b) =>
        b.textContent!.includes('Start over'),
      )!;
      button.click();
      await again;
      await el.updateComplete;
      expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal(
        'After the restart',
      );
      el.remove();
    });
  }

  it('a redirect to an address that is not allowed is said once, with "Start over" rather than a dead end', async () => {
    const assigned: string[] = [];
    const original = navigator_.assign;
    navigator_.assign = (url: string) => void assigned.push(url);
    try {
      const s = await scenario({
        eachRequest: true,
        executor: [
          {
            body: {
              component: 'xak-flow-redirect',
              to: 'javascript:alert(1)',
              flow_info: flowInfo(),
            },
          },
          { body: testChallenge({ label: 'After the restart' }) },
        ],
      });
      const { el, errors } = await start(s.apiPath, 'ak-flow-challenge');
      const stage = stageOf(el);
      await stage.updateComplete;
      expect(stageRoot(stage).querySelector('[role="alert"]')!.textContent).to.contain(
        'not allowed',
      );
      const button = stageRoot(stage).querySelector('button')!;
      expect(button.textContent).to.contain('Start over');
      // Focus, when the stage gets it, lands on the way on.
      (stage as unknown as { focusFirst(): void }).focusFirst();
      expect(stage.shadowRoot!.activeElement).to.equal(button);
      // Another render of the same challenge is not another error.
      (stage as unknown as { requestUpdate(): void }).requestUpdate();
      await stage.updateComplete;
      expect(errors.map((e) => [e.kind, e.detail])).to.deep.equal([
        ['render', 'xak-flow-redirect'],
      ]);
      expect(errors[0].message).to.contain('may not open');
      expect(assigned).to.deep.equal([]);
      const again = oneEvent(el, 'ak-flow-challenge');
      button.click();
      await again;
      await el.updateComplete;
      expect(stageRoot(stageOf(el)).querySelector('label')!.textContent).to.equal(
        'After the restart',
      );
      el.remove();
    } finally {
      navigator_.assign = original;
    }
  });

  // authentik hands the answer to the new plan's first stage: it comes back with that stage's
  // errors about an answer that was not meant for it.
  const lost = {
    non_field_errors: [{ string: 'No identification data provided.', code: 'invalid' }],
  };
  for (const errors of [undefined, lost]) {
    it(`a lost session is said, and the identifier typed before is filled in again${errors ? ' (answered with errors)' : ''}`, async () => {
      const fixture = async (name: string) =>
        (await fetch(`/test/fixtures/challenges/${name}.json`)).json();
      const identification = {
        ...(await fixture('ak-stage-identification')),
        password_fields: false,
        enable_remember_me: false,
        flow_info: flowInfo(),
      };
      const password = { ...(await fixture('ak-stage-password')), flow_info: flowInfo() };
      // GET: identification; the username POST: password; the password POST: identification again,
      // as authentik answers when the session (and with it the plan) is gone.
      const s = await scenario({
        executor: [
          { body: identification },
          { body: password },
          { body: { ...identification, response_errors: errors } },
        ],
      });
      const el = await mount({ 'api-path': s.apiPath });
      const notice = () => root(el).querySelector('[part="notice"]');
      expect(notice()).to.equal(null);
      let stage = stageRoot(stageOf(el));
      const username = stage.querySelector<HTMLInputElement>('input[name="username"]')!;
      username.value = 'alice';
      username.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      let next = oneEvent(el, 'ak-flow-challenge');
      stage.querySelector('form')!.requestSubmit();
      await next;
      await el.updateComplete;
      expect(stageOf(el).localName).to.equal('ak-stage-password');
      expect(notice()).to.equal(null);
      stage = stageRoot(stageOf(el));
      const pw = stage.querySelector<HTMLInputElement>('input[type="password"]')!;
      pw.value = 'secret';
      pw.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      next = oneEvent(el, 'ak-flow-challenge');
      stage.querySelector('form')!.requestSubmit();
      await next;
      await el.updateComplete;
      expect(stageOf(el).localName).to.equal('ak-stage-identification');
      expect(notice()!.textContent).to.contain('had to start over');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
        'had to start over',
      );
      const again = stageRoot(stageOf(el)).querySelector<HTMLInputElement>(
        'input[name="username"]',
      )!;
      expect(again.value).to.equal('alice');
      expect(again.getAttribute('aria-invalid')).to.not.equal('true');
      expect(stageRoot(stageOf(el)).textContent).to.not.contain('No identification data');
      el.remove();
    });
  }
});
