import { expect } from '@open-wc/testing';
import type { AkStagePrompt } from '../../../components/stages/prompt/ak-stage-prompt.js';
import type { Challenge } from '../../../src/challenges.js';
import {
  collect,
  forEachSanitizer,
  loadFixture,
  mountPrompt,
  mountStage,
  promptField,
  rootOf,
  submitForm,
  type,
} from './shared-suite.js';
import { until } from '../helpers.js';

describe('ak-stage-prompt', () => {
  it('renders fields in `order`', async () => {
    const el = await mountPrompt([
      promptField('c', { label: 'C', order: 3 }),
      promptField('a', { label: 'A', order: 1 }),
      promptField('b', { label: 'B', order: 2 }),
    ]);
    const names = Array.from(rootOf(el).querySelectorAll('input')).map((i) => i.name);
    expect(names).to.deep.equal(['a', 'b', 'c']);
  });

  for (const chosen of ['', 'b']) {
    it(`an invalid radio group: focus goes to ${chosen ? 'the chosen' : 'the first'} radio button, not the fieldset`, async () => {
      const challenge = await loadFixture('ak-stage-prompt');
      const el = await mountStage<AkStagePrompt>({
        ...challenge,
        fields: [
          promptField('plan', {
            type: 'radio-button-group',
            label: 'Plan',
            initial_value: chosen,
            choices: [
              { label: 'A', value: 'a' },
              { label: 'B', value: 'b' },
            ],
          }),
        ],
        response_errors: { plan: [{ string: 'Pick one.', code: 'invalid' }] },
      } as Challenge);
      el.focusFirst();
      const active = (rootOf(el) as ShadowRoot).activeElement as HTMLInputElement | null;
      expect(active?.type, 'a radio button has focus').to.equal('radio');
      expect(active?.value).to.equal(chosen || 'a');
    });
  }

  it('sets required, placeholder and initial values', async () => {
    const el = await mountPrompt([
      promptField('a', { required: true, placeholder: 'Type here', initial_value: 'hi' }),
    ]);
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="a"]')!;
    expect(input.required).to.equal(true);
    expect(input.placeholder).to.equal('Type here');
    expect(input.value).to.equal('hi');
  });

  it('shows a live "passwords match" hint for <key>_repeat', async () => {
    const el = await mountPrompt([
      promptField('password', { type: 'password', label: 'Password', order: 1 }),
      promptField('password_repeat', { type: 'password', label: 'Repeat', order: 2 }),
    ]);
    const root = rootOf(el);
    type(root, 'input[name="password"]', 'abc');
    type(root, 'input[name="password_repeat"]', 'abd');
    await el.updateComplete;
    const repeat = root.querySelector<HTMLInputElement>('input[name="password_repeat"]')!;
    const hint = () =>
      root.getElementById(repeat.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(hint()!.textContent).to.contain('Passwords do not match.');
    type(root, 'input[name="password_repeat"]', 'abc');
    await el.updateComplete;
    expect(hint()!.textContent).to.contain('Passwords match.');
    expect(repeat.autocomplete).to.equal('new-password');
  });

  it('a keystroke re-renders the stage only when something drawn follows the value', async () => {
    const el = await mountPrompt([
      promptField('name', { label: 'Name', order: 0 }),
      promptField('password', { type: 'password', label: 'Password', order: 1 }),
      promptField('password_repeat', { type: 'password', label: 'Repeat', order: 2 }),
      promptField('pick', {
        type: 'dropdown',
        label: 'Pick',
        order: 3,
        choices: [{ value: 'a', label: 'A' }],
      }),
    ]);
    const root = rootOf(el);
    // Plain text, and a password whose repeat is still empty: the input shows it already.
    type(root, 'input[name="name"]', 'Ada');
    type(root, 'input[name="password"]', 'abc');
    expect(el.isUpdatePending, 'typing re-rendered the stage').to.equal(false);
    // The repeat draws the match line; after it, the password does too.
    type(root, 'input[name="password_repeat"]', 'abc');
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    type(root, 'input[name="password"]', 'abcd');
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(root.querySelector('[part="match"]')!.textContent).to.contain('Passwords do not match.');
    // A select drops its "Select an option" placeholder.
    type(root, 'select[name="pick"]', 'a');
    await el.updateComplete;
    expect(root.querySelector('select[name="pick"]')!.textContent).not.to.contain(
      'Select an option',
    );
    // What was typed is what is sent.
    const sent = collect(el);
    submitForm(root);
    expect(sent[0].response).to.include({ name: 'Ada', password: 'abcd', pick: 'a' });
  });

  it('sends a file as a data URL', async () => {
    const el = await mountPrompt([promptField('avatar', { type: 'file', label: 'Avatar' })]);
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="avatar"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const seen = collect(el);
    submitForm(rootOf(el));
    // The file is still being read (FileReader answers in a later task): progress meanwhile.
    await el.updateComplete;
    const button = rootOf(el).querySelector('button[part="submit"]')!;
    expect(seen, 'the answer waits for the file').to.have.length(0);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Working…');
    await until(() => seen.length > 0, 'the submit event');
    expect(seen).to.have.length(1);
    expect(seen[0].response.avatar).to.equal('data:text/plain;base64,aGVsbG8=');
  });

  it('leaves out empty optional fields authentik refuses as "" (numbers, dates, usernames, choices)', async () => {
    const el = await mountPrompt([
      promptField('n', { type: 'number' }),
      promptField('d', { type: 'date' }),
      promptField('u', { type: 'username' }),
      promptField('c', { type: 'dropdown', choices: [] }),
      promptField('t', { type: 'text' }),
      promptField('e', { type: 'email' }),
      promptField('p', { type: 'password' }),
    ]);
    const seen = collect(el);
    submitForm(rootOf(el));
    // Optional text and email take "" (allow_blank); a password is sent as typed.
    expect(seen[0].response).to.deep.equal({ component: 'ak-stage-prompt', t: '', e: '', p: '' });
  });

  it('submits a required ak-locale left on "Auto-detect" as the blank value', async () => {
    const el = await mountPrompt([promptField('locale', { type: 'ak-locale', required: true })]);
    const select = rootOf(el).querySelector<HTMLSelectElement>('select[name="locale"]')!;
    expect(select.value).to.equal('');
    const seen = collect(el);
    submitForm(rootOf(el));
    expect(seen.map((s) => s.response)).to.deep.equal([
      { component: 'ak-stage-prompt', locale: '' },
    ]);
  });

  forEachSanitizer(() => {
    it('sanitizes static text, alerts and sub_text, and links sub_text to its field', async () => {
      const el = await mountPrompt([
        promptField('a', {
          sub_text: 'Help <b>bold</b><script>window.__pwned=1</script>',
          order: 1,
        }),
        promptField('s', {
          type: 'static',
          initial_value:
            '<p>Hello <a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)></p>',
          order: 2,
        }),
        promptField('w', { type: 'alert_warning', initial_value: '<em>careful</em>', order: 3 }),
      ]);
      const root = rootOf(el);
      const input = root.querySelector<HTMLInputElement>('input[name="a"]')!;
      const help = root.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(help.querySelector('b')!.textContent).to.equal('bold');
      expect(root.querySelector('script')).to.equal(null);
      const stat = root.querySelector('[part="static"]')!;
      expect(stat.textContent).to.contain('Hello');
      expect(stat.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(stat.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
      expect(root.querySelector('.alert.warning em')!.textContent).to.equal('careful');
      const seen = collect(el);
      submitForm(root);
      expect(seen[0].response).to.deep.equal({ component: 'ak-stage-prompt', a: '' });
    });
  });

  it('checks a checkbox from its initial value and sends booleans', async () => {
    const el = await mountPrompt([
      promptField('on', { type: 'checkbox', initial_value: 'True' }),
      promptField('off', { type: 'checkbox', initial_value: '' }),
    ]);
    const seen = collect(el);
    submitForm(rootOf(el));
    expect(seen[0].response).to.deep.equal({ component: 'ak-stage-prompt', on: true, off: false });
  });

  it('renders every prompt type from the fixture, and a separator with its text', async () => {
    const el = await mountPrompt();
    const root = rootOf(el);
    expect(root.querySelector('[part="separator"]')!.textContent).to.contain('Optional');
    expect(root.querySelector('input[type="hidden"][name="invite"]')).to.not.equal(null);
    expect(root.querySelector<HTMLInputElement>('input[name="employee_id"]')!.readOnly).to.equal(
      true,
    );
    expect(root.querySelector('select[name="locale"] option[value="de"]')).to.not.equal(null);
    expect(root.querySelectorAll('input[name="team"]')).to.have.length(2);
    expect(root.querySelector('.alert.danger')).to.not.equal(null);
  });

  it('uses <ak-password-policy-input> for the policy field when a policy is set', async () => {
    const el = await mountPrompt([
      promptField('pw', { type: 'password', label: 'Password', order: 1 }),
      promptField('other', { type: 'password', label: 'Other', order: 2 }),
    ]);
    el.config = { ...el.config, passwordPolicy: { password_field: 'pw', length_min: 8 } };
    await el.updateComplete;
    await customElements.whenDefined('ak-password-policy-input');
    const control = rootOf(el).querySelector('ak-password-policy-input')!;
    expect(control).to.not.equal(null);
    await (control as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect((control as unknown as { name: string }).name).to.equal('pw');
    expect(rootOf(el).querySelector('input[name="other"]')).to.not.equal(null);
  });

  /** A prompt with a username and the policy's password, both required, the policy control ready. */
  async function withPolicy(extra: Partial<Challenge> = {}, subText = '') {
    const challenge = await loadFixture('ak-stage-prompt');
    const el = await mountStage<AkStagePrompt>({
      ...challenge,
      fields: [
        promptField('username', { type: 'username', label: 'Username', required: true, order: 1 }),
        promptField('password', {
          type: 'password',
          label: 'Password',
          required: true,
          order: 2,
          sub_text: subText,
        }),
      ],
      ...extra,
    } as Challenge);
    el.config = { ...el.config, passwordPolicy: { password_field: 'password', length_min: 8 } };
    await el.updateComplete;
    await customElements.whenDefined('ak-password-policy-input');
    const control = rootOf(el).querySelector('ak-password-policy-input') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await control.updateComplete;
    return { el, control, input: () => control.shadowRoot!.querySelector('input')! };
  }

  it('an empty required policy password stops the submit, as any required field does', async () => {
    const { el, input } = await withPolicy();
    const seen = collect(el);
    type(rootOf(el), 'input[name="username"]', 'jane');
    const form = rootOf(el).querySelector('form')!;
    expect(form.checkValidity(), 'the form sees the empty password').to.equal(false);
    submitForm(rootOf(el));
    expect(seen, 'nothing sent').to.have.length(0);
    input().value = 'long enough';
    input().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // Valid at once: a submit in the same task (a password manager's fill and send) goes.
    expect(form.checkValidity()).to.equal(true);
    submitForm(rootOf(el));
    expect(seen).to.have.length(1);
  });

  it("a server error on the policy password: focus goes to it, and the admin's help is read", async () => {
    const { el, input } = await withPolicy(
      { response_errors: { password: [{ string: 'Too common.', code: 'invalid' }] } },
      '<b>Not</b> your old one.',
    );
    el.focusFirst();
    expect(el.shadowRoot!.activeElement?.localName).to.equal('ak-password-policy-input');
    expect(input().matches(':focus'), 'the password input focused').to.equal(true);
    const shadow = input().getRootNode() as ShadowRoot;
    const help = input()
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => shadow.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(help).to.contain('Not your old one.');
    expect(help).to.contain('Too common.');
  });
});
