import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { AkPasswordPolicyInput } from '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { PasswordPolicy } from '../../../src/policy/index.js';
import { stageMessages, useLocale } from '../../../components/locales/locale.js';

const root = (el: AkPasswordPolicyInput): ParentNode => el.shadowRoot ?? el;
const inputOf = (el: AkPasswordPolicyInput) => root(el).querySelector('input')!;
const liveText = (el: AkPasswordPolicyInput) =>
  root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const ruleStates = (el: AkPasswordPolicyInput) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('li[data-rule]')].map((li) => [
      li.getAttribute('data-rule'),
      li.classList.contains('met'),
    ]),
  );
/**
 * What a rule line shows | what it reads: the visible mark and rule, then the one sentence a
 * screen reader gets (rule and state). A flip only shows the other mark and state (CSS), so
 * textContent has both: innerText has what is rendered.
 */
const lineText = (li: Element) => {
  const spoken = li.querySelector<HTMLElement>('.sr-only')!;
  const shown = [...li.children].filter((c) => c !== spoken) as HTMLElement[];
  return `${shown.map((c) => c.innerText).join(' ')} | ${spoken.innerText}`
    .replace(/\s+/g, ' ')
    .trim();
};
/** Every text the live region is given from now on, in order. */
function announcements(el: AkPasswordPolicyInput): string[] {
  const said: string[] = [];
  const region = root(el).querySelector('[aria-live="polite"]')!;
  new MutationObserver(() => {
    // One sentence per element, each said on its own: kept apart here by a line break.
    const text = [...region.querySelectorAll('p')].map((p) => p.textContent!.trim()).join('\n');
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Types like a user: sets the input's value and fires the native input event. */
async function type(el: AkPasswordPolicyInput, text: string): Promise<void> {
  const input = inputOf(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const staticPolicy: PasswordPolicy = {
  length_min: 8,
  amount_digits: 1,
  amount_uppercase: 1,
  amount_symbols: 1,
  error_message: 'nope',
};

/** A range API over a tiny corpus; records the URLs it was asked for. */
function hibpFetch(ranges: Record<string, string>) {
  const urls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    return new Response(ranges[url.split('/range/')[1] ?? ''] ?? '', { status: 200 });
  }) as typeof window.fetch;
  return { fetch, urls };
}

describe('ak-password-policy-input', () => {
  it('Enter in the shadow-DOM input submits the form the control sits in', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted++;
        }}
      >
        <ak-password-policy-input
          .policy=${staticPolicy}
          name="password"
        ></ak-password-policy-input>
      </form>`,
    );
    const el = form.querySelector('ak-password-policy-input')!;
    await el.updateComplete;
    inputOf(el).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    expect(submitted).to.equal(1);
  });

  it('is a form control: its value is in the form data once, in shadow and in light DOM', async () => {
    for (const light of [false, true]) {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <ak-password-policy-input
            .policy=${staticPolicy}
            name="pw"
            ?light-dom=${light}
          ></ak-password-policy-input>
        </form>`,
      );
      const el = form.querySelector('ak-password-policy-input')!;
      await el.updateComplete;
      const input = inputOf(el);
      input.value = 'Secret-1234';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(new FormData(form).getAll('pw'), light ? 'light' : 'shadow').to.deep.equal([
        'Secret-1234',
      ]);
      form.reset();
      await el.updateComplete;
      expect(el.value, 'a form reset clears it').to.equal('');
    }
  });

  it('a policy with fields of the wrong type still gives a password input, judged by the server', async () => {
    const policy = {
      length_min: '8',
      amount_symbols: 1,
      symbol_charset: 123,
    } as unknown as PasswordPolicy;
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input .policy=${policy} name="password"></ak-password-policy-input>`,
    );
    await type(el, 'a!');
    expect(inputOf(el).value).to.equal('a!');
    expect(ruleStates(el)).to.deep.equal({ amount_symbols: true });
  });

  it('renders a labelled password input with the checklist linked by aria-describedby', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${staticPolicy}
        label="New password"
        name="password"
      ></ak-password-policy-input>`,
    );
    const input = inputOf(el);
    expect(input.type).to.equal('password');
    expect(input.name).to.equal('password');
    expect(input.autocomplete).to.equal('new-password');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('New password');
    const list = root(el).querySelector('ul')!;
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(list.id);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect([...list.querySelectorAll('li')].map(lineText)).to.deep.equal([
      '○ At least 8 characters | At least 8 characters: not yet',
      '○ At least 1 digit (0–9) | At least 1 digit (0–9): not yet',
      '○ At least 1 uppercase letter (A–Z) | At least 1 uppercase letter (A–Z): not yet',
      '○ At least 1 symbol | At least 1 symbol: not yet',
    ]);
    await expect(el).to.be.accessible();
  });

  it('ticks rules while the user types, and exposes .value and input events', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input .policy=${staticPolicy}></ak-password-policy-input>`,
    );
    const seen: { target: EventTarget | null; value: string; composed: boolean }[] = [];
    const listener = (e: Event) =>
      seen.push({ target: e.target, value: el.value, composed: e.composed });
    document.addEventListener('input', listener);
    try {
      await type(el, 'abc');
      expect(ruleStates(el)).to.deep.equal({
        length_min: false,
        amount_digits: false,
        amount_uppercase: false,
        amount_symbols: false,
      });
      await type(el, 'abcdefg1');
      expect(ruleStates(el)).to.deep.include({ length_min: true, amount_digits: true });
      await type(el, 'abcdefg1A\\');
      expect(Object.values(ruleStates(el))).to.deep.equal([true, true, true, true]);
    } finally {
      document.removeEventListener('input', listener);
    }
    expect(el.value).to.equal('abcdefg1A\\');
    // One event per keystroke, from the host, with .value already current.
    expect(seen.map((s) => s.value)).to.deep.equal(['abc', 'abcdefg1', 'abcdefg1A\\']);
    expect(seen.every((s) => s.target === el && s.composed)).to.equal(true);
  });

  it('announces each rule flip once in a polite live region, when the user pauses', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${staticPolicy}
        .debounce=${50}
      ></ak-password-policy-input>`,
    );
    const region = root(el).querySelector('[aria-live]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const said = announcements(el);
    await type(el, 'a'); // the first state is not news
    await type(el, 'abcdefgh');
    // The keystroke only restyles the checklist; the news waits for the pause.
    expect(lineText(root(el).querySelector('li[data-rule="length_min"]')!)).to.equal(
      '✓ At least 8 characters | At least 8 characters: done',
    );
    expect(liveText(el), 'not on the keystroke').to.equal('');
    await until(() => said.length === 1, 'the first flip');
    await type(el, 'abcdefghi'); // nothing changed: nothing said
    await type(el, 'abcdefghi1');
    await until(() => said.length === 2, 'the digit');
    await type(el, 'abc1');
    await until(() => said.length === 3, 'the length lost');
    expect(said).to.deep.equal([
      'At least 8 characters: done',
      'At least 1 digit (0–9): done',
      'At least 8 characters: not yet',
    ]);
  });

  it('says only what changed over a burst of keystrokes, in one announcement of whole sentences', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input .policy=${staticPolicy}></ak-password-policy-input>`,
    );
    const said = announcements(el);
    await type(el, 'a');
    // Met and lost again before the pause (300 ms, the default): not news.
    await type(el, 'abcdefgh');
    await type(el, 'abc');
    await type(el, 'abc1');
    await type(el, 'abc1A');
    await until(() => said.length > 0, 'the announcement');
    expect(said).to.deep.equal([
      'At least 1 digit (0–9): done\nAt least 1 uppercase letter (A–Z): done',
    ]);
    el.remove();
  });

  it('shows server errors, sets aria-invalid and links them', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${staticPolicy}
        .errors=${['Password does not meet the requirements.']}
      ></ak-password-policy-input>`,
    );
    const input = inputOf(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = root(el).querySelector('.field-error')!;
    expect(error.textContent).to.equal('Password does not meet the requirements.');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.parentElement!.id);
    await expect(el).to.be.accessible();
  });

  it('toggles visibility and reports whether the passwords match', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input .policy=${{}} .repeatValue=${''}></ak-password-policy-input>`,
    );
    // An icon button inside the field, named once; its state is aria-pressed.
    const toggle = root(el).querySelector('button')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Show password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(inputOf(el).type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await type(el, 'secret');
    el.repeatValue = 'secre';
    await el.updateComplete;
    // The same line (and wording) as the prompt stage's, a status region of its own.
    const match = () => root(el).querySelector('[part="match"]')!;
    expect(match().textContent!.trim()).to.equal('Passwords do not match.');
    expect(match().getAttribute('role')).to.equal('status');
    el.repeatValue = 'secret';
    await el.updateComplete;
    expect(match().textContent!.trim()).to.equal('Passwords match.');
    expect(liveText(el)).not.to.contain('match');
  });

  it('runs one debounced breach check, sending only the 5-character prefix', async () => {
    const corpus = hibpFetch({
      F3BBB: '00000000000000000000000000000000000:42\r\nD66A63D4BF1747940578EC3D0103530E21D:3',
    });
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${{ check_static_rules: false, check_have_i_been_pwned: true }}
        .hibpFetch=${corpus.fetch}
        hibp-range-url="https://hibp.test"
        .debounce=${100}
      ></ak-password-policy-input>`,
    );
    await type(el, 'h');
    await type(el, 'hunt');
    await type(el, 'hunter2');
    // Pending with no verdict yet: no line at all (see the pending-state test below).
    expect(root(el).querySelector('[part="breach"]')).to.equal(null);
    await until(() => !!root(el).querySelector('[part="breach"].bad'), 'the breach result');
    expect(corpus.urls).to.deep.equal(['https://hibp.test/range/F3BBB']);
    expect(root(el).querySelector('[part="breach"]')!.textContent!.trim()).to.equal(
      'Found in 3 breaches',
    );
    expect(liveText(el)).to.equal('Found in 3 breaches');
    const input = inputOf(el);
    const breach = root(el).querySelector('[part="breach"]')!;
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(breach.id);

    await type(el, 'xK9#mQ2$vL8@nP5');
    await until(() => liveText(el) === 'Not found in known breaches', 'the clean result');
    await expect(el).to.be.accessible();
  });

  it('says "could not check" when the range API is unreachable, and blocks nothing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof window.fetch;
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${{ check_static_rules: false, check_have_i_been_pwned: true }}
        .hibpFetch=${failing}
        .debounce=${0}
      ></ak-password-policy-input>`,
    );
    await type(el, 'password');
    await until(() => liveText(el) === 'Could not check known breaches', 'the failure notice');
    expect(el.rules.find((r) => r.id === 'hibp')?.met).to.equal('unknown');
    expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
    expect(inputOf(el).validity.valid).to.equal(true);
  });

  it('shows a zxcvbn strength meter with feedback', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${{ check_static_rules: false, check_zxcvbn: true }}
        .debounce=${0}
      ></ak-password-policy-input>`,
    );
    await type(el, 'password');
    await until(() => liveText(el) === 'Strength: Very weak', 'the weak score');
    const meter = root(el).querySelector('meter')!;
    expect(meter.value).to.equal(0);
    expect(root(el).querySelectorAll('.feedback li').length).to.be.greaterThan(0);
    await type(el, 'vT8#qLm2$Rx9@Kp4Wz7!Hn3&');
    await until(() => liveText(el) === 'Strength: Strong', 'the strong score');
    expect(meter.value).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('shows a quiet pending state while the checks run: the last verdict stays, busy, no "checking…" text', async () => {
    const corpus = hibpFetch({
      F3BBB: '00000000000000000000000000000000000:42\r\nD66A63D4BF1747940578EC3D0103530E21D:3',
    });
    // The range API answers only when the test lets it: the checks stay pending until then.
    let release = () => {};
    let gate = Promise.resolve();
    const close = () => (gate = new Promise<void>((r) => (release = r)));
    let asked = 0;
    const gated = (async (input: RequestInfo | URL) => {
      asked++;
      await gate;
      return corpus.fetch(input);
    }) as typeof window.fetch;
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${{
          check_static_rules: false,
          check_have_i_been_pwned: true,
          check_zxcvbn: true,
        }}
        .hibpFetch=${gated}
        .debounce=${0}
      ></ak-password-policy-input>`,
    );
    const breach = () => root(el).querySelector('[part="breach"]')!;
    const strength = () => root(el).querySelector('[part="strength"]')!;
    const strengthLabel = () => strength().querySelector('.status')!.textContent!.trim();
    const quiet = () => {
      expect(breach().getAttribute('aria-busy')).to.equal('true');
      expect(strength().getAttribute('aria-busy')).to.equal('true');
      expect((el.shadowRoot ?? el).textContent).not.to.match(/checking/i);
    };

    close();
    const before = asked;
    await type(el, 'hunter2');
    await until(() => asked > before, 'the check running, held by the range API');
    // No verdict yet: neither line is drawn (they come with the debounced check, off the
    // keystroke path), and nothing is announced.
    expect(root(el).querySelector('[part="breach"]')).to.equal(null);
    expect(root(el).querySelector('[part="strength"]')).to.equal(null);
    expect((el.shadowRoot ?? el).textContent).not.to.match(/checking/i);
    expect(liveText(el)).to.equal('', 'nothing announced while pending');
    release();
    await until(
      () => root(el).querySelector('[part="breach"]')?.getAttribute('aria-busy') === 'false',
      'the first verdicts',
    );
    expect(breach().textContent!.trim()).to.equal('Found in 3 breaches');
    const verdict = strengthLabel();
    expect(verdict).to.match(/^Strength: /);
    const said = liveText(el);

    close();
    await type(el, 'xK9#mQ2$vL8@nP5');
    await until(() => strength().getAttribute('aria-busy') === 'true', 'the checks running');
    quiet();
    // The lines stay as they were (dimmed by aria-busy) until the new verdict replaces them.
    expect(breach().textContent!.trim()).to.equal('Found in 3 breaches');
    expect(strengthLabel()).to.equal(verdict);
    expect(liveText(el)).to.equal(said, 'nothing new announced while pending');
    release();
    await until(
      () => breach().textContent!.trim() === 'Not found in known breaches',
      'the new verdict',
    );
    expect(breach().getAttribute('aria-busy')).to.equal('false');
    expect(strength().getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it("words the strength advice in the locale: zxcvbn-ts's pack (de), else our texts (ru); same score", async () => {
    const policy = { check_static_rules: false, check_zxcvbn: true };
    const mount = () =>
      fixture<AkPasswordPolicyInput>(
        html`<ak-password-policy-input
          .policy=${policy}
          .debounce=${0}
        ></ak-password-policy-input>`,
      );
    const tips = (el: AkPasswordPolicyInput) =>
      [...root(el).querySelectorAll('.feedback li')].map((li) => li.textContent!.trim());
    const meter = (el: AkPasswordPolicyInput) => root(el).querySelector('meter')!.value;
    const scored = async (el: AkPasswordPolicyInput, pw: string) => {
      await type(el, pw);
      await until(
        () =>
          tips(el).length > 0 &&
          meter(el) !== undefined &&
          !el.rules.every((r) => r.met === 'unknown'),
        'advice',
      );
      await until(
        () => root(el).querySelector('[part="strength"]')!.getAttribute('aria-busy') === 'false',
        'the verdict',
      );
      return { tips: tips(el), score: meter(el) };
    };
    try {
      const en = await scored(await mount(), 'password');
      expect(en.tips).to.include('This is a heavily used password.');

      await useLocale('de');
      await stageMessages('ak-stage-prompt');
      const de = await scored(await mount(), 'password');
      // zxcvbn-ts's German pack: its words, not ours, and not English.
      expect(de.tips).to.include('Dies ist ein sehr häufig verwendetes Passwort.');
      expect(de.score).to.equal(en.score);

      await useLocale('ru');
      await stageMessages('ak-stage-prompt');
      const ru = await scored(await mount(), 'password');
      // No Russian pack: the widget's own translated texts.
      expect(ru.tips).to.include('Это часто используемый пароль.');
      expect(ru.tips.join(' ')).not.to.match(/[a-z]{4}/i, 'no English left');
      expect(ru.score).to.equal(en.score);
    } finally {
      await useLocale('en');
    }
  });

  it('uses the user inputs for the strength score', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .policy=${{ check_static_rules: false, check_zxcvbn: true }}
        .userInputs=${['qwzxplorvenk']}
        .debounce=${0}
      ></ak-password-policy-input>`,
    );
    await type(el, 'qwzxplorvenk');
    await until(() => liveText(el).startsWith('Strength:'), 'a score');
    expect(liveText(el)).to.equal('Strength: Very weak');
  });

  it('renders into light DOM when lightDom is set, so password managers see the input', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input
        .lightDom=${true}
        .policy=${staticPolicy}
        name="new-pass"
      ></ak-password-policy-input>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(el.hasAttribute('light-dom')).to.equal(true);
    const found = document.querySelectorAll('input[name="new-pass"]');
    expect(found.length).to.equal(1);
    expect(found[0]!.closest('ak-password-policy-input')).to.equal(el);
    await type(el, 'abcdefgh');
    expect(ruleStates(el).length_min).to.equal(true);
    // The page's copy of the control's styles shows one mark and one state per line.
    expect([...el.querySelectorAll('li')].map(lineText)).to.deep.equal([
      '✓ At least 8 characters | At least 8 characters: done',
      '○ At least 1 digit (0–9) | At least 1 digit (0–9): not yet',
      '○ At least 1 uppercase letter (A–Z) | At least 1 uppercase letter (A–Z): not yet',
      '○ At least 1 symbol | At least 1 symbol: not yet',
    ]);
    await expect(el).to.be.accessible();
  });

  it('renders into shadow DOM by default', async () => {
    const el = await fixture<AkPasswordPolicyInput>(
      html`<ak-password-policy-input name="shadow-pass"></ak-password-policy-input>`,
    );
    expect(el.shadowRoot).to.not.equal(null);
    expect(document.querySelectorAll('input[name="shadow-pass"]').length).to.equal(0);
  });
});
