// What axe cannot see (issue 14): where focus lands, what live regions say, reflow at 320 px,
// reduced motion, headings, the accessibility tree, forced colours and dark mode. Each test failed
// before its fix.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { AkPasswordPolicyInput } from '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { PromptType, StagePrompt } from '../../../components/stages/prompt/types.js';
import type { Challenge } from '../../../src/challenges.js';
import type { PasswordPolicy } from '../../../src/policy/types.js';
import {
  flowInfo,
  flowInstance,
  root,
  scenario,
  settled,
  stageOf,
  stageRoot,
  testChallenge,
  until,
} from '../helpers.js';
import { mount } from '../executor/mount.js';
import { missingProviderScripts, stageComponents } from '../stages/components.js';
import { loadFixture, promptField } from '../stages/shared-suite.js';

/** The element that really has focus, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Whether `node` is `host` or inside it, across shadow roots. */
function within(node: Node | null, host: Element): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === host) return true;
  }
  return false;
}

function all(el: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (r: ParentNode) => {
    if (r instanceof Element && r.shadowRoot) walk(r.shadowRoot);
    found.push(...r.querySelectorAll(selector));
    for (const e of r.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
  };
  walk(el);
  return found;
}

const tryAgain = (el: AkFlowExecutor) =>
  root(el).querySelector<HTMLButtonElement>('[part="request-error"] button')!;

const failed = (el: AkFlowExecutor) =>
  until(() => !!root(el).querySelector('[part="request-error"]'), 'the request error');

describe('a11y 1: focus after "Try again"', () => {
  it('lands on the alert when the retry fails, again and again, then on the stage', async () => {
    const s = await scenario({
      executor: [
        { body: testChallenge() },
        { status: 500, body: {} },
        { status: 500, body: {} },
        { status: 500, body: {} },
        { body: testChallenge({ label: 'Next' }) },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    stageRoot(stageOf(el)).querySelector('form')!.requestSubmit();
    await failed(el);
    for (let round = 0; round < 2; round++) {
      const button = tryAgain(el);
      button.focus();
      const again = oneEvent(el, 'ak-flow-error');
      button.click();
      await again;
      await el.updateComplete;
      await until(() => deepActive() !== document.body, 'focus off <body>');
      expect(within(deepActive(), el), `round ${round}: focus in the widget`).to.equal(true);
      expect(deepActive()?.closest('[part="request-error"]'), `round ${round}: on the alert`).to
        .exist;
    }
    const next = oneEvent(el, 'ak-flow-challenge');
    tryAgain(el).click();
    await next;
    await until(() => deepActive()?.localName === 'input', 'focus on the next stage');
    expect(within(deepActive(), stageOf(el))).to.equal(true);
  });

  it('the first load failing: the retry never drops focus to <body>', async () => {
    const s = await scenario({
      executor: [{ status: 500, body: {} }, { status: 500, body: {} }, { body: testChallenge() }],
      eachRequest: true,
    });
    const el = await mount({ 'api-path': s.apiPath });
    tryAgain(el).focus();
    const again = oneEvent(el, 'ak-flow-error');
    tryAgain(el).click();
    expect(deepActive()).not.to.equal(document.body);
    await again;
    await el.updateComplete;
    await until(() => !!deepActive()?.closest('[part="request-error"]'), 'focus on the alert');
    const next = oneEvent(el, 'ak-flow-challenge');
    tryAgain(el).click();
    expect(deepActive()).not.to.equal(document.body);
    await next;
    await until(() => deepActive()?.localName === 'input', 'focus on the stage');
  });
});

/** Long unbroken tokens where the server puts user data. */
const LONG = 'averyveryverylongusernamewithoutanybreaks@subdomain.example-corporation.com';

function stretch(c: Challenge): Challenge {
  const x = c as Record<string, unknown>;
  for (const key of ['pending_user', 'request_id', 'user_code']) if (key in x) x[key] = LONG;
  if ('pending_user' in x) x.pending_user = LONG;
  return c;
}

missingProviderScripts();

/** Every stage, less those with nothing to measure at 320 px. */
const REFLOW_COMPONENTS = stageComponents({
  'xak-flow-redirect': 'navigates away at once: no layout of its own',
  'ak-stage-autosubmit': 'posts its form at once, which takes the test page away',
  'ak-provider-saml-native-logout':
    'its fixture is a completed logout, answered at once: the stage is gone before it is measured',
});

describe('a11y 2: reflow at 320 px (WCAG 1.4.10)', () => {
  for (const light of [false, true]) {
    for (const component of REFLOW_COMPONENTS) {
      it(`${component} (${light ? 'light' : 'shadow'} DOM) needs no sideways scroll`, async () => {
        const challenge = stretch(await loadFixture(component));
        const s = await scenario({ executor: [{ body: challenge }] });
        const el = await mount(
          { 'api-path': s.apiPath, 'compatibility-mode': light ? 'true' : 'false' },
          { width: '320px' },
        );
        const wrapper = el.parentElement!;
        wrapper.style.overflowX = 'auto';
        await new Promise((r) => requestAnimationFrame(r));
        expect(wrapper.scrollWidth, 'content width at 320 px').to.be.at.most(wrapper.clientWidth);
      });
    }
  }
});

/** A prompt field as authentik sends it (every key present). */
const prompt = (field_key: string, type: PromptType, extra: Partial<StagePrompt> = {}) =>
  promptField(field_key, { type, ...extra });

describe('a11y 2: reflow at 320 px of what the server writes', () => {
  const line = 'Traceback: ' + 'File "/authentik/flows/views/executor.py", line 1; '.repeat(20);
  const pixel =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const cases: [string, Challenge][] = [
    [
      'a traceback, opened',
      {
        component: 'ak-stage-flow-error',
        flow_info: flowInfo(),
        error: 'Boom',
        traceback: line,
        request_id: 'r',
      } as unknown as Challenge,
    ],
    ...[
      `<pre>${line}</pre>`,
      `<p>x</p><img src="${pixel}" width="900" height="90" alt="banner">`,
    ].map((markup): [string, Challenge] => [
      `an admin's ${markup.startsWith('<pre') ? '<pre>' : '<img> 900 px wide'}`,
      {
        component: 'ak-stage-prompt',
        flow_info: flowInfo(),
        fields: [prompt('note', 'static', { initial_value: markup, order: 0 })],
      } as unknown as Challenge,
    ]),
  ];
  for (const light of [false, true]) {
    for (const [name, challenge] of cases) {
      it(`${name} (${light ? 'light' : 'shadow'} DOM) needs no sideways scroll`, async () => {
        const s = await scenario({ executor: [{ body: challenge }] });
        const el = await mount(
          { 'api-path': s.apiPath, 'compatibility-mode': light ? 'true' : 'false' },
          { width: '320px' },
        );
        const stage = stageRoot(stageOf(el));
        const details = stage.querySelector('details');
        if (details) details.open = true;
        await until(() => !!stage.querySelector('pre, [part="static"] img'), 'the server text');
        const img = stage.querySelector<HTMLImageElement>('[part="static"] img');
        if (img) {
          await until(() => img.complete, 'the image');
          expect(img.getBoundingClientRect().width, 'the image, scaled').to.be.greaterThan(0);
        }
        const wrapper = el.parentElement!;
        wrapper.style.overflowX = 'auto';
        await new Promise((r) => requestAnimationFrame(r));
        expect(wrapper.scrollWidth, 'content width at 320 px').to.be.at.most(wrapper.clientWidth);
      });
    }
  }
});

const enrollment = (errors?: Challenge['response_errors']): Challenge =>
  ({
    component: 'ak-stage-prompt',
    flow_info: flowInfo({ title: 'Create your account' }),
    fields: [
      prompt('username', 'username', { label: 'Username', required: true, order: 0 }),
      prompt('password', 'password', { label: 'Password', required: true, order: 1 }),
      prompt('password_repeat', 'password', {
        label: 'Password (repeat)',
        required: true,
        order: 2,
      }),
    ],
    ...(errors ? { response_errors: errors } : {}),
  }) as unknown as Challenge;

const POLICY_ERROR = {
  non_field_errors: [{ string: 'Password needs at least 12 characters.', code: 'invalid' }],
};

const POLICY = {
  pk: 'p1',
  name: 'p',
  password_field: 'password',
  length_min: 12,
  amount_digits: 1,
  amount_uppercase: 0,
  amount_lowercase: 0,
  amount_symbols: 0,
  check_static_rules: true,
  check_have_i_been_pwned: false,
  check_zxcvbn: true,
  zxcvbn_score_threshold: 2,
} as unknown as PasswordPolicy;

async function mountWithPolicy(apiPath: string, policy?: PasswordPolicy) {
  const el = document.createElement('ak-flow-executor');
  el.setAttribute('slug', 'test-flow');
  el.setAttribute('api-path', apiPath);
  if (policy) el.passwordPolicy = policy;
  const done = settled(el);
  await fixture(html`<div>${el}</div>`);
  await done;
  return el;
}

function fill(stageEl: Element, name: string, value: string) {
  const input = all(stageRoot(stageEl), `input[name="${name}"]`)[0] as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('a11y 4: a password-policy error (non_field_errors) on enrollment', () => {
  for (const policy of [undefined, POLICY]) {
    it(`focuses the password, marks it invalid, and says it again (${policy ? 'policy control' : 'plain field'})`, async () => {
      const s = await scenario({
        executor: [
          { body: enrollment() },
          { body: enrollment(POLICY_ERROR) },
          { body: enrollment(POLICY_ERROR) },
        ],
      });
      const el = await mountWithPolicy(s.apiPath, policy);
      const stage = stageOf(el);
      fill(stage, 'username', 'alice');
      fill(stage, 'password', 'short1');
      fill(stage, 'password_repeat', 'short1');
      let next = oneEvent(el, 'ak-flow-challenge');
      stageRoot(stage).querySelector('form')!.requestSubmit();
      await next;
      await until(
        () => (deepActive() as HTMLInputElement)?.name === 'password',
        'password focused',
      );
      const password = deepActive() as HTMLInputElement;
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      // The field is described by the error, wherever it is shown (ids resolve in its own root).
      const home = password.getRootNode() as ParentNode & NonElementParentNode;
      const description = password
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => home.querySelector(`[id="${id}"]`)?.textContent ?? `(no #${id})`)
        .join(' ');
      expect(description).to.contain('Password needs at least 12 characters.');
      const alert = all(stageRoot(stage), '[role="alert"]')[0];
      expect(alert.textContent).to.contain('12 characters');
      next = oneEvent(el, 'ak-flow-challenge');
      stageRoot(stage).querySelector('form')!.requestSubmit();
      await next;
      await stageOf(el).updateComplete;
      const again = all(stageRoot(stage), '[role="alert"]')[0];
      // A new live node: screen readers announce the same words a second time.
      expect(again, 'a new alert node').to.not.equal(alert);
      expect(again.textContent).to.contain('12 characters');
    });
  }
});

describe('a11y 5: announcements', () => {
  it('"Working…" leaves the status region when the request fails; "Try again" is not in the alert', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }, { status: 500, body: {} }] });
    const el = await mount({ 'api-path': s.apiPath });
    stageRoot(stageOf(el)).querySelector('form')!.requestSubmit();
    await failed(el);
    await el.updateComplete;
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).not.to.contain('Working');
    const alert = root(el).querySelector(
      '[part="request-error"] [role="alert"], [part="request-error"][role="alert"]',
    )!;
    expect(alert.textContent).not.to.contain('Try again');
    expect(tryAgain(el)).to.exist;
  });

  // authentik re-renders the same stage with a non-field "error" that is no mistake: "Empty
  // response" for a device choice, `email-sent` for a re-sent email.
  const noMistake = 'Empty response';
  for (const [name, first, reply, answer, words] of [
    [
      'a device choice answered with "Empty response"',
      'ak-stage-authenticator-validate',
      { non_field_errors: [{ string: noMistake, code: 'invalid' }] },
      undefined,
      '',
    ],
    [
      'a re-sent email ("email-sent")',
      'ak-stage-email',
      { non_field_errors: [{ string: 'Email Successfully sent.', code: 'email-sent' }] },
      'form',
      '',
    ],
    [
      'a wrong code (a real mistake)',
      'ak-stage-authenticator-validate',
      { code: [{ string: 'Invalid Token', code: 'invalid' }] },
      'form',
      'Please correct the errors and try again.',
    ],
  ] as const) {
    it(`the status region after ${name}: ${words ? 'asks for a correction' : 'says nothing'}`, async () => {
      let challenge: Challenge = { ...(await loadFixture(first)), flow_info: flowInfo() };
      if (first === 'ak-stage-authenticator-validate' && !answer) {
        // One email device: the stage posts the choice by itself, as authentik's does.
        challenge = {
          ...challenge,
          device_challenges: [
            { device_class: 'email', device_uid: '2', challenge: {}, last_used: null },
          ],
        } as Challenge;
      }
      const s = await scenario({
        executor: [{ body: challenge }, { body: { ...challenge, response_errors: reply } }],
      });
      const el = await mount({ 'api-path': s.apiPath });
      const again = oneEvent(el, 'ak-flow-challenge');
      if (answer) {
        const stage = stageOf(el);
        const input = stageRoot(stage).querySelector<HTMLInputElement>(
          'input[autocomplete="one-time-code"]',
        );
        if (input) {
          input.value = '123456';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        stageRoot(stage).querySelector('form')!.requestSubmit();
      }
      await again;
      await el.updateComplete;
      const posts = (await s.log()).filter((r) => r.method === 'POST');
      expect(posts, 'the answer').to.have.length(1);
      const status = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      expect(status.textContent!.trim()).to.equal(words);
    });
  }

  for (const policy of [undefined, POLICY]) {
    it(`one "passwords do not match" message, in one place (${policy ? 'policy control' : 'plain'})`, async () => {
      const s = await scenario({ executor: [{ body: enrollment() }] });
      const el = await mountWithPolicy(s.apiPath, policy);
      const stage = stageOf(el);
      fill(stage, 'password', 'Velvet-Otter-9');
      fill(stage, 'password_repeat', 'Velvet-Otter-8');
      await stage.updateComplete;
      for (const c of all(stageRoot(stage), 'ak-password-policy-input')) {
        await (c as AkPasswordPolicyInput).updateComplete;
      }
      const texts = all(stageRoot(stage), 'p, div, span')
        .filter((e) => e.children.length === 0 && /match/i.test(e.textContent ?? ''))
        .map((e) => e.textContent!.trim());
      expect(texts).to.deep.equal(['Passwords do not match.']);
    });
  }
});

describe('a11y 6: reduced motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  it('the spinner stands still under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const s = await scenario({
      executor: [{ body: testChallenge() }, { body: testChallenge(), delay: 3000 }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    stageRoot(stageOf(el)).querySelector('form')!.requestSubmit();
    await until(() => all(el, '.spinner').length > 0, 'a spinner');
    for (const spinner of all(el, '.spinner')) {
      expect(getComputedStyle(spinner).animationName).to.equal('none');
    }
  });
});

describe('a11y 7: headings and the accessibility tree', () => {
  for (const component of ['ak-stage-authenticator-totp', 'ak-stage-authenticator-static']) {
    it(`${component}: no h2 repeating the card's h1`, async () => {
      const challenge = await loadFixture(component);
      const title =
        component === 'ak-stage-authenticator-totp'
          ? 'Set up an authenticator app'
          : 'Save your recovery codes';
      challenge.flow_info = flowInfo({ title });
      const s = await scenario({ executor: [{ body: challenge }] });
      const el = await mount({ 'api-path': s.apiPath });
      const headings = all(el, 'h1, h2, h3').map((h) => h.textContent!.trim());
      expect(headings.filter((h) => h === title)).to.have.length(1);
    });
  }

  it('the loading state has a heading', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 3000 }] });
    const el = await mount({ 'api-path': s.apiPath }, { wait: false });
    await until(() => !!root(el).querySelector('[part="card"]'), 'the card');
    expect(all(el, 'h1, h2, [role="heading"]').length).to.be.greaterThan(0);
  });

  for (const component of ['ak-stage-password', 'ak-stage-authenticator-validate']) {
    it(`${component}: the username for password managers is out of the accessibility tree`, async () => {
      const challenge = await loadFixture(component);
      (challenge as { pending_user?: string }).pending_user = 'alice';
      const s = await scenario({ executor: [{ body: challenge }] });
      const el = await mount({ 'api-path': s.apiPath });
      const input = all(stageRoot(stageOf(el)), 'input[autocomplete="username"]')[0] as
        HTMLInputElement | undefined;
      expect(input, 'a username input for password managers').to.exist;
      expect(input!.value).to.equal('alice');
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      const names = flatten(snapshot)
        .filter((n) => n.role === 'textbox')
        .map((n) => n.name);
      expect(names).not.to.include('Username');
    });
  }
});

interface A11yNode {
  role: string;
  name: string;
  description?: string;
  valuetext?: string;
  children?: A11yNode[];
}
const flatten = (n: A11yNode): A11yNode[] => [n, ...(n.children ?? []).flatMap(flatten)];

describe('a11y 3: the password rules are read with the password field', () => {
  it('the field describes each rule and its state; the meter has a value text', async function () {
    this.timeout(30000); // zxcvbn's dictionaries load on first use
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${POLICY}
        label="New password"
      ></ak-password-policy-input>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'abc';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(
      () =>
        !!el.shadowRoot!.querySelector('meter') &&
        el.shadowRoot!.querySelector('[part="strength"]')!.getAttribute('aria-busy') === 'false',
      'strength',
      25000,
    );
    await el.updateComplete;
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const nodes = flatten(snapshot);
    const field = nodes.find((n) => n.role === 'textbox' && n.name.startsWith('New password'))!;
    // Each rule once, with its one state (the other is in the DOM, hidden: not read).
    expect(field.description).to.equal(
      'Password requirements At least 12 characters: not yet At least 1 digit (0–9): not yet ' +
        'Strength: Very weak',
    );
    const meter = el.shadowRoot!.querySelector('meter')!;
    expect(meter.getAttribute('aria-valuetext')).to.match(/Strength: \w+/);
  });
});

describe('a11y 12: password fields', () => {
  for (const policy of [undefined, POLICY]) {
    it(`an icon toggle inside each field, "required" on the label (${policy ? 'policy' : 'plain'})`, async () => {
      const challenge = enrollment();
      const s = await scenario({ executor: [{ body: challenge }] });
      const el = await mountWithPolicy(s.apiPath, policy);
      el.parentElement!.style.width = '375px';
      await new Promise((r) => requestAnimationFrame(r));
      const stage = stageOf(el);
      const inputs = all(stageRoot(stage), 'input[type="password"]') as HTMLInputElement[];
      expect(inputs).to.have.length(2);
      for (const input of inputs) {
        const box = input.getBoundingClientRect();
        expect(box.width, `${input.name} width`).to.be.at.least(240);
        const toggle = all(stageRoot(stage), `button[aria-controls="${input.id}"]`)[0];
        expect(toggle, `${input.name} has a toggle`).to.exist;
        expect(toggle.getAttribute('aria-label')).to.equal('Show password');
        const t = toggle.getBoundingClientRect();
        expect(
          t.left >= box.left && t.right <= box.right,
          'the toggle sits inside the field',
        ).to.equal(true);
        const label = all(input.getRootNode() as ParentNode, `label[for="${input.id}"]`)[0];
        expect(label.querySelector('.required'), `${input.name}: required mark`).to.exist;
      }
    });
  }
});

describe('a11y 14: empty server texts draw nothing', () => {
  it('a static or alert field with no text renders no box', async () => {
    const challenge = {
      component: 'ak-stage-prompt',
      flow_info: flowInfo(),
      fields: [
        prompt('s', 'static', { label: '' }),
        prompt('a', 'alert_info', { label: '', order: 1 }),
        prompt('w', 'alert_warning', { label: '', order: 2, initial_value: '  ' }),
        prompt('d', 'alert_danger', { label: '', order: 3, initial_value: '<p> </p>' }),
      ],
    };
    const s = await scenario({ executor: [{ body: challenge }] });
    const el = await mount({ 'api-path': s.apiPath });
    expect(all(el, '[part="static"]')).to.have.length(0);
  });
});

describe('a11y 11: dark mode is complete', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));
  it('native controls are dark; links in server HTML take the theme colour', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const challenge = {
      component: 'ak-stage-prompt',
      flow_info: flowInfo(),
      fields: [
        prompt('s', 'static', {
          initial_value: '<p><a href="https://example.com/terms">Terms</a></p>',
        }),
        prompt('c', 'checkbox', { label: 'Agree', order: 1 }),
      ],
    };
    const s = await scenario({ executor: [{ body: challenge }] });
    const el = await mount({ 'api-path': s.apiPath });
    const card = root(el).querySelector('[part="card"]')!;
    expect(getComputedStyle(card).colorScheme).to.contain('dark');
    const link = all(el, '[part="static"] a')[0];
    expect(getComputedStyle(link).color).to.not.equal('rgb(0, 0, 238)');
    expect(getComputedStyle(link).color).to.equal(
      getComputedStyle(all(el, '.button')[0]).backgroundColor,
    );
  });
});

describe('a11y 8: forced colours', () => {
  afterEach(() => executeServerCommand('forced-colors', { value: 'none' }));
  it('the card keeps an edge; primary and secondary buttons stay distinguishable', async () => {
    await executeServerCommand('forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const s = await scenario({ executor: [{ body: testChallenge() }, { status: 500, body: {} }] });
    const el = await mount({ 'api-path': s.apiPath });
    stageRoot(stageOf(el)).querySelector('form')!.requestSubmit();
    await failed(el);
    const card = root(el).querySelector('[part="card"]')!;
    const cs = getComputedStyle(card);
    expect(cs.borderTopStyle).to.not.equal('none');
    expect(parseFloat(cs.borderTopWidth)).to.be.greaterThan(0);
    const primary = getComputedStyle(all(el, '.button:not(.secondary)')[0]);
    const secondary = getComputedStyle(tryAgain(el));
    expect(primary.backgroundColor).to.not.equal(secondary.backgroundColor);
  });
});

describe('a11y 13: loading and the flow error keep the page', () => {
  it('the first load shows the card at a stage height with a spinner', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 3000 }] });
    const el = await mount({ 'api-path': s.apiPath }, { wait: false });
    await until(() => !!root(el).querySelector('[part="card"]'), 'the card');
    const card = root(el).querySelector('[part="card"]')!;
    expect(card.querySelector('.spinner')).to.exist;
    expect(card.getBoundingClientRect().height).to.be.at.least(200);
  });

  it("a flow error as the first answer keeps the flow's background", async () => {
    const s = await scenario({
      executor: [{ body: { component: 'ak-stage-flow-error', request_id: 'r1' } }],
      instance: flowInstance({ background: '', background_url: '/static/bg.svg' }),
    });
    const el = await mount({ 'api-path': s.apiPath });
    const img = root(el).querySelector<HTMLImageElement>('[part="background"] img');
    expect(img?.getAttribute('src')).to.contain('/static/bg.svg');
  });
});

describe("a11y 15: next to authentik's page", () => {
  it("the identification links in authentik's order: sign up, then recovery", async () => {
    const challenge = (await loadFixture('ak-stage-identification')) as Challenge & {
      enroll_url?: string;
      recovery_url?: string;
    };
    challenge.enroll_url = '/if/flow/enroll/';
    challenge.recovery_url = '/if/flow/recover/';
    const s = await scenario({ executor: [{ body: challenge }] });
    const el = await mount({ 'api-path': s.apiPath });
    const texts = all(el, '[part="links"] a').map((a) => a.textContent!.trim());
    const signUp = texts.indexOf('Need an account? Sign up.');
    const forgot = texts.indexOf('Forgot username or password?');
    expect(signUp).to.be.at.least(0);
    expect(signUp).to.be.below(forgot);
  });

  it("placeholders as authentik's page shows them: the prompt's, the identifier's label, the password's", async () => {
    const ident = (await loadFixture('ak-stage-identification')) as Challenge & {
      user_fields: string[];
      password_fields: boolean;
    };
    ident.user_fields = ['email', 'username'];
    ident.password_fields = true;
    const fields = [
      ['text', 'text'],
      ['email', 'email'],
      ['number', 'number'],
      ['text_area', 'text_area'],
      ['password', 'password'],
    ].map(([key, type], order) =>
      prompt(key!, type as PromptType, { placeholder: `hint ${key}`, order }),
    );
    const placeholder = (el: AkFlowExecutor, selector: string) =>
      all(el, selector)[0]?.getAttribute('placeholder') ?? null;
    const show = async (body: unknown) =>
      mount({ 'api-path': (await scenario({ executor: [{ body }] })).apiPath });

    let el = await show(ident);
    expect(placeholder(el, 'input[name="username"]')).to.equal('Email or Username');
    expect(placeholder(el, 'input[name="password"]')).to.equal('Please enter your password');

    el = await show(await loadFixture('ak-stage-password'));
    expect(placeholder(el, 'input[name="password"]')).to.equal('Please enter your password');

    el = await show({ component: 'ak-stage-prompt', flow_info: flowInfo(), fields });
    for (const { field_key: key } of fields) {
      expect(placeholder(el, `[name="${key}"]`), key).to.equal(`hint ${key}`);
    }
  });

  it('"Not you?" at the end of the user\'s row, as authentik aligns it', async () => {
    const s = await scenario({ executor: [{ body: await loadFixture('ak-stage-password') }] });
    const el = await mount({ 'api-path': s.apiPath });
    const row = all(el, '[part="user"]')[0]!.getBoundingClientRect();
    const name = all(el, '[part="user"] bdi')[0]!.getBoundingClientRect();
    const notYou = all(el, '[part="user"] button')[0]!.getBoundingClientRect();
    expect(notYou.right, 'at the end of the row').to.be.closeTo(row.right, 1);
    expect(notYou.left - name.right, 'apart from the name').to.be.above(40);
    const middle = (r: DOMRect) => r.top + r.height / 2;
    expect(middle(notYou), 'on the same line').to.be.closeTo(middle(name), 4);
  });

  for (const light of [false, true]) {
    it(`a heading that received focus programmatically draws no ring (${light ? 'light' : 'shadow'} DOM)`, async () => {
      // The flow error has no field: its heading takes the focus.
      const challenge = await loadFixture('ak-stage-flow-error');
      const s = await scenario({ executor: [{ body: challenge }] });
      const el = await mount({
        'api-path': s.apiPath,
        autofocus: true,
        ...(light ? { 'compatibility-mode': 'true' } : {}),
      });
      await until(() => /^H\d$/.test(deepActive()?.tagName ?? ''), 'focus on the heading');
      expect(getComputedStyle(deepActive()!).outlineStyle).to.equal('none');
      // The card's stage box takes focus while "Try again" reloads: no ring there either.
      const box = root(el).querySelector<HTMLElement>('.stage-box')!;
      box.focus();
      expect(deepActive()).to.equal(box);
      expect(getComputedStyle(box).outlineStyle).to.equal('none');
    });
  }
});

describe('a11y 10: the brand, opt-in', () => {
  const brand = {
    branding_title: 'Example Corp',
    branding_logo: '/static/logo.svg',
    branding_logo_themed_urls: null,
    ui_footer_links: [
      { name: 'Privacy', href: 'https://example.com/privacy' },
      { name: 'Evil', href: 'javascript:alert(1)' },
    ],
  };

  it('with `brand`: the logo above the title, the footer links below the card, hostile URLs dropped', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }], brand: { body: brand } });
    const el = await mount({ 'api-path': s.apiPath, brand: true });
    await until(() => all(el, 'img[part="logo"]').length > 0, 'the logo');
    const logo = all(el, 'img[part="logo"]')[0] as HTMLImageElement;
    expect(logo.alt).to.equal('Example Corp');
    expect(logo.getAttribute('src')).to.contain('/static/logo.svg');
    const card = root(el).querySelector('[part="card"]')!;
    const title = card.querySelector('[part="title"]')!;
    const logoHost = card.querySelector('[part="brand-logo"]')!;
    expect(logoHost.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    await until(() => all(el, '[part="links"] a').length > 0, 'the footer links');
    const links = all(el, '[part="links"] a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.com/privacy']);
    const footer = root(el).querySelector('[part="brand-links"]')!;
    expect(card.contains(footer)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without `brand`: no brand request, nothing drawn', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }], brand: { body: brand } });
    const el = await mount({ 'api-path': s.apiPath });
    expect(root(el).querySelector('ak-flow-brand')).to.equal(null);
    expect((await s.log()).some((r) => r.url.includes('/core/brands/'))).to.equal(false);
  });
});

describe('a11y 12: icons in light DOM', () => {
  it('the password toggle and the QR code keep their drawing in compatibility mode', async () => {
    const s = await scenario({ executor: [{ body: enrollment() }] });
    const el = await mount({ 'api-path': s.apiPath, 'compatibility-mode': 'true' });
    const paths = all(el, '.toggle svg path') as SVGPathElement[];
    expect(paths.length, 'toggle paths').to.be.greaterThan(0);
    // The slash is hidden while the password is hidden; the eye itself must draw.
    for (const p of paths.filter((x) => !x.classList.contains('slash'))) {
      expect(p.getBBox().width, 'toggle drawing').to.be.greaterThan(0);
    }
    // An outline eye as in shadow DOM, not a filled black blob: the svg element's own
    // presentation attributes (fill="none", stroke="currentColor") survive the reset.
    const shadowed = await mount({ 'api-path': s.apiPath });
    const drawn = (p: Element) => {
      const { fill, stroke } = getComputedStyle(p);
      return { fill, stroke };
    };
    const [eye] = all(el, '.toggle svg path');
    const [shadowEye] = all(shadowed, '.toggle svg path');
    expect(drawn(eye!)).to.deep.equal(drawn(shadowEye!));
    expect(drawn(eye!).fill).to.equal('none');

    const totp = await loadFixture('ak-stage-authenticator-totp');
    const s2 = await scenario({ executor: [{ body: totp }] });
    const el2 = await mount({ 'api-path': s2.apiPath, 'compatibility-mode': 'true' });
    const qr = all(el2, 'svg.qr path')[0] as SVGPathElement;
    expect(qr.getBBox().width, 'qr drawing').to.be.greaterThan(0);
  });
});
