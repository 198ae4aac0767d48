// The password-policy control's keystroke rehearsal (AkPasswordPolicyInput.rehearse), once per
// page: so each mode has a test file, and so a page of its own, that runs this suite.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { AkPasswordPolicyInput } from '../../../components/controls/password-policy/ak-password-policy-input.js';
import type { PasswordPolicy } from '../../../src/policy/index.js';
import { until } from '../helpers.js';

const policy: PasswordPolicy = {
  length_min: 8,
  amount_digits: 1,
  amount_uppercase: 1,
  amount_symbols: 1,
  check_zxcvbn: true,
  check_have_i_been_pwned: true,
};

const idle = () => new Promise((r) => requestIdleCallback(r));

export function rehearsalSuite(lightDom: boolean): void {
  it(`rehearses the keystroke path once, in an idle moment, unseen and leaving nothing behind (${lightDom ? 'light' : 'shadow'} DOM)`, async () => {
    // Every event the page could hear, in the capture phase, from the start.
    const heard: string[] = [];
    const types = ['input', 'change', 'keydown', 'focusin', 'invalid'];
    const hear = (e: Event) => heard.push(e.type);
    for (const t of types) document.addEventListener(t, hear, true);
    // Any request, the breach check's among them (the copy has no fetch of its own).
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <ak-password-policy-input
          .policy=${policy}
          name="password"
          ?light-dom=${lightDom}
        ></ak-password-policy-input>
      </form>`,
    );
    const el = form.querySelector<AkPasswordPolicyInput>('ak-password-policy-input')!;
    const root: ParentNode & Node = el.shadowRoot ?? el;
    const before = [...root.childNodes];
    const added: Node[] = [];
    const removed: Node[] = [];
    /** The password fields a password manager's observer finds while the box is in. */
    const fieldsWhileIn: number[] = [];
    new MutationObserver((records) => {
      for (const r of records) {
        added.push(...r.addedNodes);
        removed.push(...r.removedNodes);
      }
      if (added.some((n) => n.isConnected)) {
        fieldsWhileIn.push(document.querySelectorAll('input[type="password"]').length);
      }
    }).observe(root, { childList: true });
    try {
      await until(() => removed.length > 0, 'the rehearsal');
      // One box, hidden from everyone, its content in a closed shadow root: no password manager
      // or screen reader sees a second field.
      expect(added).to.have.length(1);
      expect(removed).to.deep.equal(added);
      const box = added[0] as HTMLElement;
      expect(box.getAttribute('aria-hidden')).to.equal('true');
      expect(box.inert).to.equal(true);
      expect(box.style.visibility).to.equal('hidden');
      expect(box.shadowRoot).to.equal(null);
      expect([...root.childNodes]).to.deep.equal(before);
      expect(fieldsWhileIn, 'observed while the rehearsal ran').to.deep.equal([lightDom ? 1 : 0]);
      // The control as it was: empty, every rule not yet met, nothing said, nothing submitted
      // but its own empty value, no event, no check.
      expect(el.value).to.equal('');
      expect(el.rules.map((r) => r.met)).to.deep.equal([false, false, false, false]);
      expect(root.querySelector('[aria-live]')!.textContent!.trim()).to.equal('');
      expect([...new FormData(form).entries()]).to.deep.equal([['password', '']]);
      // A check the copy scheduled (had its timer outlived it) would fire before this timer
      // of the same delay, set later.
      await new Promise((r) => setTimeout(r, el.debounce));
      await idle();
      expect(requests).to.deep.equal([]);
      expect(heard).to.deep.equal([]);

      // Once per page: a second control does not rehearse again (its idle callback would run
      // before this later one).
      const second = await fixture<AkPasswordPolicyInput>(
        html`<ak-password-policy-input
          .policy=${policy}
          ?light-dom=${lightDom}
        ></ak-password-policy-input>`,
      );
      const secondAdded: Node[] = [];
      new MutationObserver((records) => {
        for (const r of records) secondAdded.push(...r.addedNodes);
      }).observe(second.shadowRoot ?? second, { childList: true });
      await idle();
      await idle();
      expect(secondAdded).to.deep.equal([]);
    } finally {
      for (const t of types) document.removeEventListener(t, hear, true);
      window.fetch = realFetch;
    }
  });
}
