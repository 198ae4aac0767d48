// The browser's own checks of a form (`required`, `type=email`) at submit, worded by the widget in
// its language and shown under the field like the server's errors (StageElement's #onInvalid),
// instead of the browser's bubble, which is in the browser's language and goes away.
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import { stageMessages, useLocale } from '../../../components/locales/locale.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import {
  collect,
  loadFixture,
  mountStage,
  promptField,
  rootOf,
  submitForm,
  type,
} from './shared-suite.js';

/** The text of the elements `control`'s `aria-describedby` names. */
function description(root: ParentNode, control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? '')
    .join(' ');
}

/** Whether the browser was told not to show its bubble for `control` at the next submit. */
function bubble(control: Element): { suppressed?: boolean } {
  const seen: { suppressed?: boolean } = {};
  control.addEventListener('invalid', (e) => (seen.suppressed = e.defaultPrevented));
  return seen;
}

describe("the browser's checks, worded by the widget under the field", () => {
  it('an empty required field: nothing sent, the error under it, linked and focused; typing clears it', async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-identification')),
      password_fields: false,
    });
    const root = rootOf(el) as ShadowRoot;
    const seen = collect(el);
    const input = root.querySelector<HTMLInputElement>('input[name="username"]')!;
    const shown = bubble(input);
    submitForm(root);
    await el.updateComplete;
    expect(seen).to.have.length(0);
    expect(shown.suppressed, "no bubble of the browser's").to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(description(root, input)).to.contain('This field is required.');
    await until(() => root.activeElement === input, 'the field focused');
    type(root, 'input[name="username"]', 'jane');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(root.textContent).not.to.contain('This field is required.');
    submitForm(root);
    expect(seen).to.have.length(1);
  });

  it('an address that is not one, in a prompt; a radio group keeps the browser’s own bubble', async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-prompt')),
      fields: [
        promptField('email', { type: 'email', label: 'Email', required: true }),
        promptField('plan', {
          type: 'radio-button-group',
          label: 'Plan',
          required: true,
          choices: [
            { label: 'A', value: 'a' },
            { label: 'B', value: 'b' },
          ],
        }),
      ],
    } as Challenge);
    const root = rootOf(el) as ShadowRoot;
    const seen = collect(el);
    type(root, 'input[name="email"]', 'not-an-address');
    const email = root.querySelector<HTMLInputElement>('input[name="email"]')!;
    const radio = root.querySelector<HTMLInputElement>('input[type="radio"]')!;
    const [emailBubble, radioBubble] = [bubble(email), bubble(radio)];
    submitForm(root);
    await el.updateComplete;
    expect(seen).to.have.length(0);
    expect(description(root, email)).to.contain('Enter a valid email address.');
    expect(emailBubble.suppressed).to.equal(true);
    // No error list of the group's own for it here: the browser says it.
    expect(radioBubble.suppressed).to.equal(false);
  });

  it('focus goes to the field the browser found wrong, not one the server found wrong before; its error is announced', async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-prompt')),
      fields: [
        promptField('username', { type: 'username', label: 'Username', required: true }),
        promptField('name', { type: 'text', label: 'Name', required: true }),
      ],
      response_errors: { username: [{ string: 'This username is taken.', code: 'unique' }] },
    } as Challenge);
    const root = rootOf(el) as ShadowRoot;
    // The user picks another username; the server's word on the old one stays until it answers.
    type(root, 'input[name="username"]', 'jane2');
    submitForm(root);
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('input[name="name"]')!;
    await until(() => root.activeElement === name, 'the empty field focused');
    const errors = root.querySelector(`[id="${name.getAttribute('aria-describedby')}"]`)!;
    expect(errors.textContent).to.contain('This field is required.');
    expect(errors.getAttribute('role')).to.equal('alert');
  });

  it("in the widget's language, not the browser's", async () => {
    try {
      await useLocale('de');
      await stageMessages('ak-stage-identification');
      const el = await mountStage({
        ...(await loadFixture('ak-stage-identification')),
        password_fields: false,
      });
      const root = rootOf(el);
      submitForm(root);
      await el.updateComplete;
      const input = root.querySelector<HTMLInputElement>('input[name="username"]')!;
      expect(description(root, input)).to.contain('Dieses Feld ist erforderlich.');
    } finally {
      await useLocale('en');
    }
  });

  it('in compatibility mode (light DOM) too', async () => {
    const el = await mountStage(
      { ...(await loadFixture('ak-stage-identification')), password_fields: false },
      true,
    );
    const input = el.querySelector<HTMLInputElement>('input[name="username"]')!;
    const shown = bubble(input);
    submitForm(el);
    await el.updateComplete;
    expect(shown.suppressed).to.equal(true);
    expect(description(el, input)).to.contain('This field is required.');
    await until(() => document.activeElement === input, 'the field focused');
  });
});
