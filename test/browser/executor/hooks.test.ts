// The host page's hooks: the cancelable `ak-flow-before-submit` (additions, waitUntil, secrets left
// out unless `expose-secrets`) and the card's `header`/`footer` slots, each in shadow DOM and in
// compatibility (light-DOM) mode.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import type { FlowBeforeSubmitDetail } from '../../../components/flow-executor/events.js';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import { root, scenario, settled, stageOf, stageRoot, testChallenge, until } from '../helpers.js';
import { mount } from './mount.js';

const fixtureOf = async (name: string) =>
  (await (await fetch(`/test/fixtures/challenges/${name}.json`)).json()) as Record<string, unknown>;

const PROMPT = { required: true, placeholder: '', initial_value: '', sub_text: '', choices: null };

const MODES = [
  ['shadow DOM', 'false'],
  ['compatibility mode', true],
] as const;

/** Types into the stage's input named `name` and submits its form, as a user does. */
function answer(el: AkFlowExecutor, name: string, value: string): void {
  const stage = stageRoot(stageOf(el));
  const input = stage.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  stage.querySelector('form')!.requestSubmit();
}

const posts = async (s: Awaited<ReturnType<typeof scenario>>) =>
  (await s.log()).filter((r) => r.method === 'POST' && r.url.includes('/flows/executor/'));

for (const [mode, compat] of MODES) {
  describe(`ak-flow-executor hooks: ak-flow-before-submit (${mode})`, () => {
    it('hands listeners the answer without the password, sends what they add and the password', async () => {
      const password = await fixtureOf('ak-stage-password');
      const s = await scenario({ executor: [{ body: password }, { body: testChallenge() }] });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      expect(el.isLightDom).to.equal(compat === true);
      const seen: Omit<FlowBeforeSubmitDetail, 'waitUntil'>[] = [];
      el.addEventListener('ak-flow-before-submit', (e) => {
        const { component, response, withheld } = e.detail;
        seen.push(structuredClone({ component, response, withheld }));
        e.detail.response.bot_token = 'from-the-host';
      });
      const next = oneEvent(el, 'ak-flow-challenge');
      answer(el, 'password', 'hunter2-secret');
      await next;
      expect(seen).to.have.length(1);
      expect(seen[0].component).to.equal('ak-stage-password');
      expect(seen[0].response).to.deep.equal({ component: 'ak-stage-password' });
      expect(seen[0].withheld).to.deep.equal(['password']);
      expect(JSON.stringify(seen)).to.not.include('hunter2');
      const [post] = await posts(s);
      expect(JSON.parse(post.body!)).to.deep.equal({
        component: 'ak-stage-password',
        password: 'hunter2-secret',
        bot_token: 'from-the-host',
      });
    });

    it('leaves out prompt fields of type password whatever their key', async () => {
      const s = await scenario({
        executor: [
          {
            body: {
              component: 'ak-stage-prompt',
              flow_info: { title: 'Prompt', cancel_url: '/flows/-/cancel/', layout: 'stacked' },
              fields: [
                { ...PROMPT, field_key: 'nickname', label: 'Nickname', type: 'text', order: 0 },
                { ...PROMPT, field_key: 'pin', label: 'PIN', type: 'password', order: 1 },
              ],
            },
          },
          { body: testChallenge() },
        ],
      });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      let detail: FlowBeforeSubmitDetail | undefined;
      el.addEventListener('ak-flow-before-submit', (e) => (detail = e.detail));
      const stage = stageRoot(stageOf(el));
      for (const [name, value] of [
        ['nickname', 'kim'],
        ['pin', '4711'],
      ]) {
        const input = stage.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const next = oneEvent(el, 'ak-flow-challenge');
      stage.querySelector('form')!.requestSubmit();
      await next;
      expect(detail!.response).to.deep.equal({ component: 'ak-stage-prompt', nickname: 'kim' });
      expect(detail!.withheld).to.deep.equal(['pin']);
      expect(JSON.parse((await posts(s))[0].body!)).to.include({ nickname: 'kim', pin: '4711' });
    });

    it('with expose-secrets, listeners see the password', async () => {
      const password = await fixtureOf('ak-stage-password');
      const s = await scenario({ executor: [{ body: password }, { body: testChallenge() }] });
      const el = await mount({
        'api-path': s.apiPath,
        'compatibility-mode': compat,
        'expose-secrets': true,
      });
      let detail: FlowBeforeSubmitDetail | undefined;
      el.addEventListener('ak-flow-before-submit', (e) => (detail = e.detail));
      const next = oneEvent(el, 'ak-flow-challenge');
      answer(el, 'password', 'hunter2');
      await next;
      expect(detail!.response).to.deep.equal({
        component: 'ak-stage-password',
        password: 'hunter2',
      });
      expect(detail!.withheld).to.deep.equal([]);
    });

    it('cancelled: no request, the input stays, the stage is ready again and a later answer goes out', async () => {
      const s = await scenario({
        executor: [{ body: testChallenge() }, { body: testChallenge({ label: 'Second' }) }],
      });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      let cancel = true;
      el.addEventListener('ak-flow-before-submit', (e) => {
        if (cancel) e.preventDefault();
      });
      const submits: Event[] = [];
      el.addEventListener('ak-flow-submit', (e) => submits.push(e));
      const before = oneEvent(el, 'ak-flow-before-submit');
      answer(el, 'username', 'kept');
      await before;
      const stage = stageOf<StageElement>(el);
      await until(() => !stage.busy, 'the stage is ready again');
      await stage.updateComplete;
      const button = stageRoot(stage).querySelector('[part="submit"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(button.querySelector('.spinner')).to.equal(null);
      expect(stageRoot(stage).querySelector('input')!.value).to.equal('kept');
      expect(root(el).querySelector('[part="stage"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(await posts(s)).to.have.length(0);
      expect(submits).to.have.length(0);

      cancel = false;
      const next = oneEvent(el, 'ak-flow-challenge');
      stageRoot(stage).querySelector('form')!.requestSubmit();
      await next;
      const sent = await posts(s);
      expect(sent).to.have.length(1);
      expect(JSON.parse(sent[0].body!)).to.deep.equal({
        component: 'ak-stage-test',
        value: 'kept',
      });
    });

    it('waitUntil holds the answer until the promise settles and sends what was added meanwhile', async () => {
      const s = await scenario({
        executor: [{ body: testChallenge() }, { body: testChallenge({ label: 'Second' }) }],
      });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      let release!: () => void;
      el.addEventListener('ak-flow-before-submit', (e) => {
        const { response } = e.detail;
        e.detail.waitUntil(
          new Promise<void>((resolve) => {
            release = () => {
              response.token = 'minted-later';
              resolve();
            };
          }),
        );
      });
      const before = oneEvent(el, 'ak-flow-before-submit');
      answer(el, 'username', 'kim');
      await before;
      const stage = stageOf<StageElement>(el);
      await stage.updateComplete;
      // Held: the stage shows progress and refuses a second answer; nothing has left.
      expect(stage.busy).to.equal(true);
      expect(
        stageRoot(stage).querySelector('[part="submit"]')!.getAttribute('aria-disabled'),
      ).to.equal('true');
      expect(await posts(s)).to.have.length(0);
      const next = oneEvent(el, 'ak-flow-challenge');
      release();
      await next;
      const sent = await posts(s);
      expect(sent).to.have.length(1);
      expect(JSON.parse(sent[0].body!)).to.deep.equal({
        component: 'ak-stage-test',
        value: 'kim',
        token: 'minted-later',
      });
    });

    it('a rejected waitUntil promise cancels: no request, the stage is ready again', async () => {
      const s = await scenario({ executor: [{ body: testChallenge() }] });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      let reject!: (e: Error) => void;
      el.addEventListener('ak-flow-before-submit', (e) =>
        e.detail.waitUntil(new Promise((_, r) => (reject = r))),
      );
      const before = oneEvent(el, 'ak-flow-before-submit');
      answer(el, 'username', 'kim');
      await before;
      const stage = stageOf<StageElement>(el);
      expect(stage.busy).to.equal(true);
      reject(new Error('captcha refused'));
      await until(() => !stage.busy, 'the stage is ready again');
      expect(stageRoot(stage).querySelector('input')!.value).to.equal('kim');
      expect(await posts(s)).to.have.length(0);
    });

    it('waitUntil after the handler returned holds nothing: the answer goes out', async () => {
      const s = await scenario({
        executor: [{ body: testChallenge() }, { body: testChallenge({ label: 'Second' }) }],
      });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      el.addEventListener('ak-flow-before-submit', (e) =>
        queueMicrotask(() => e.detail.waitUntil(new Promise(() => {}))),
      );
      const next = oneEvent(el, 'ak-flow-challenge');
      answer(el, 'username', 'kim');
      await next;
      expect(await posts(s)).to.have.length(1);
    });
  });

  describe(`ak-flow-executor hooks: header and footer slots (${mode})`, () => {
    it('shows the host page’s header and footer inside the card, around title and stage', async () => {
      const s = await scenario({ executor: [{ body: testChallenge() }] });
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .site-logo {
              color: rgb(1, 2, 3);
              letter-spacing: 3px;
            }
          </style>
        </div>`,
      );
      const el = document.createElement('ak-flow-executor');
      el.setAttribute('slug', 'test-flow');
      el.setAttribute('api-path', s.apiPath);
      if (compat === true) el.setAttribute('compatibility-mode', '');
      else el.setAttribute('compatibility-mode', 'false');
      el.innerHTML =
        '<div slot="header" class="site-logo">ACME</div>' +
        '<div slot="footer"><a href="/legal">Legal</a></div>';
      const done = settled(el);
      host.append(el);
      await done;
      await el.updateComplete;
      const header = el.querySelector<HTMLElement>('[slot="header"]')!;
      const footer = el.querySelector<HTMLElement>('[slot="footer"]')!;
      const card = root(el).querySelector('[part="card"]')!.getBoundingClientRect();
      const title = root(el).querySelector('[part="title"]')!.getBoundingClientRect();
      const stage = root(el).querySelector('[part="stage"]')!.getBoundingClientRect();
      const h = header.getBoundingClientRect();
      const f = footer.getBoundingClientRect();
      expect(h.height).to.be.above(0, 'the header is shown');
      expect(f.height).to.be.above(0, 'the footer is shown');
      for (const r of [h, f]) {
        expect(r.left).to.be.at.least(card.left);
        expect(r.right).to.be.at.most(card.right);
        expect(r.top).to.be.at.least(card.top);
        expect(r.bottom).to.be.at.most(card.bottom);
      }
      expect(h.bottom).to.be.at.most(title.top, 'the header is above the title');
      expect(f.top).to.be.at.least(stage.bottom, 'the footer is below the stage');
      // The host page styles its own elements in both modes.
      expect(getComputedStyle(header).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(header).letterSpacing).to.equal('3px');
      expect(footer.querySelector('a')!.textContent).to.equal('Legal');
      await expect(el).to.be.accessible();
    });

    it('takes header and footer elements added after the first stage', async () => {
      const s = await scenario({ executor: [{ body: testChallenge() }] });
      const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': compat });
      const footer = document.createElement('p');
      footer.slot = 'footer';
      footer.textContent = 'Terms';
      el.append(footer);
      const card = () => root(el).querySelector('[part="card"]')!.getBoundingClientRect();
      await until(() => {
        const f = footer.getBoundingClientRect();
        return f.height > 0 && f.top >= card().top && f.bottom <= card().bottom;
      }, 'the footer inside the card');
    });
  });
}

describe('ak-flow-executor hooks: slots when compatibility mode ends', () => {
  it('gives the header back to the element, where the shadow root slots it into the card', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }] });
    const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': true });
    const header = document.createElement('div');
    header.slot = 'header';
    header.textContent = 'Logo';
    el.append(header);
    await until(() => header.parentElement !== el, 'moved into the light-DOM card');
    el.compatibilityMode = false;
    await until(() => !el.isLightDom && header.parentElement === el, 'back on the element');
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(
      '[part="card"] slot[name="header"]',
    )!;
    expect(slot.assignedElements()).to.deep.equal([header]);
  });
});
