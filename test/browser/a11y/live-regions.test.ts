// Live regions are in the page before what they say: a screen reader announces text that appears
// in a region it already knows, while a region inserted already holding its text often goes
// unsaid. Each region below is found empty (taking no room in the form), then the same node says
// its message, then empties again where the stage clears it.
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import {
  collect,
  loadFixture,
  mountPrompt,
  mountStage,
  promptField,
  rootOf,
  submitForm,
} from '../stages/shared-suite.js';

/** The one region matching `selector`, checked to be a polite live region. */
function region(el: Element, selector: string): HTMLElement {
  const found = rootOf(el).querySelectorAll<HTMLElement>(selector);
  expect(found.length, `one ${selector}`).to.equal(1);
  expect(found[0]!.getAttribute('role')).to.equal('status');
  return found[0]!;
}

/** Empty, and out of the form's flow (no gap for it). */
function expectIdle(live: HTMLElement): void {
  expect(live.textContent!.trim(), 'says nothing yet').to.equal('');
  expect(getComputedStyle(live).position, 'takes no room').to.equal('absolute');
}

function expectSaying(el: Element, selector: string, live: HTMLElement, words: string): void {
  expect(region(el, selector) === live, 'the same region, not a new one').to.equal(true);
  expect(live.textContent).to.contain(words);
  expect(getComputedStyle(live).position, 'in the flow of the form').to.equal('static');
}

describe('live regions are in the page before their message', () => {
  for (const light of [false, true]) {
    it(`Caps Lock (${light ? 'light' : 'shadow'} DOM)`, async () => {
      const el = await mountStage(await loadFixture('ak-stage-password'), light);
      const selector = '[part="caps-lock"]';
      const live = region(el, selector);
      expectIdle(live);
      const input = rootOf(el).querySelector<HTMLInputElement>('input[name="password"]')!;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true }));
      await el.updateComplete;
      expectSaying(el, selector, live, 'Caps Lock is on.');
      input.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', modifierCapsLock: false }));
      await el.updateComplete;
      expect(region(el, selector) === live).to.equal(true);
      expectIdle(live);
    });
  }

  it('Caps Lock is said under the field typed in only, not under its repeat too', async () => {
    const el = await mountPrompt([
      promptField('password', { type: 'password', label: 'Password', order: 1 }),
      promptField('password_repeat', { type: 'password', label: 'Again', order: 2 }),
    ]);
    const repeat = rootOf(el).querySelector<HTMLInputElement>('input[name="password_repeat"]')!;
    repeat.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true }));
    await el.updateComplete;
    const said = Array.from(rootOf(el).querySelectorAll('[part="caps-lock"]'), (p) =>
      p.textContent!.trim(),
    );
    expect(said).to.deep.equal(['', 'Caps Lock is on.']);
  });

  it('WebAuthn chosen from the picker: the wait appears in a region already on the page', async () => {
    const container = navigator.credentials as unknown as Record<string, unknown>;
    let asked = false;
    container.get = () => ((asked = true), new Promise(() => {}));
    try {
      const c = await loadFixture('ak-stage-authenticator-validate');
      const webauthn = {
        device_class: 'webauthn',
        device_uid: '3',
        challenge: { challenge: 'AAEC', allowCredentials: [], rpId: 'localhost' },
        last_used: null,
      };
      const totp = { device_class: 'totp', device_uid: '1', challenge: {}, last_used: null };
      const el = await mountStage({ ...c, device_challenges: [totp, webauthn] } as Challenge);
      const inserted: string[] = [];
      // A region node added already holding text is what screen readers may leave unsaid.
      const watch = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLElement && n.matches('.live') && n.textContent!.trim())
              inserted.push(n.textContent!.trim());
      });
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      const button = Array.from(rootOf(el).querySelectorAll('button')).find((b) =>
        b.textContent!.includes('Security key'),
      )!;
      button.click();
      await until(() => asked, 'the key prompt open');
      await el.updateComplete;
      watch.disconnect();
      expect(inserted, 'no region inserted holding its text').to.deep.equal([]);
      expect(region(el, '.waiting').textContent).to.contain('Follow the instructions');
    } finally {
      delete container.get;
    }
  });

  it('email sent again: the confirmation appears in the region the stage had', async () => {
    const c = await loadFixture('ak-stage-email');
    const el = await mountStage(c);
    const selector = '[role="status"]';
    const live = region(el, selector);
    expectIdle(live);
    el.challenge = {
      ...c,
      response_errors: { non_field_errors: [{ string: 'email-sent', code: 'email-sent' }] },
    } as Challenge;
    await el.updateComplete;
    expectSaying(el, selector, live, 'The email was sent again.');
  });

  it('email sent again a second time: said again (a new node in the region)', async () => {
    const c = await loadFixture('ak-stage-email');
    const sent = {
      ...c,
      response_errors: { non_field_errors: [{ string: 'email-sent', code: 'email-sent' }] },
    } as Challenge;
    const el = await mountStage(sent);
    const first = rootOf(el).querySelector('[part="sent"]');
    el.challenge = { ...sent };
    await el.updateComplete;
    const second = rootOf(el).querySelector('[part="sent"]');
    expect(!!first && !!second && first !== second, 'a new confirmation node').to.equal(true);
    expect(first!.isConnected, 'the first one gone').to.equal(false);
  });

  it('recovery codes copied twice: said twice, in the region the stage had', async () => {
    const el = await mountStage(await loadFixture('ak-stage-authenticator-static'));
    const clipboard = navigator.clipboard as unknown as Record<string, unknown>;
    let copies = 0;
    clipboard.writeText = async () => void copies++;
    try {
      const selector = '.live[role="status"]';
      const live = region(el, selector);
      expectIdle(live);
      const copy = rootOf(el).querySelector<HTMLButtonElement>('[part="copy"]')!;
      copy.click();
      await until(() => copies === 1 && !!live.querySelector('[part="notice"]'), 'said once');
      expectSaying(el, selector, live, 'Codes copied to the clipboard.');
      const first = live.querySelector('[part="notice"]');
      copy.click();
      await until(() => copies === 2 && live.querySelector('[part="notice"]') !== first, 'again');
      expectSaying(el, selector, live, 'Codes copied to the clipboard.');
    } finally {
      delete clipboard.writeText;
    }
  });

  it('WebAuthn registration: the wait appears in the region the stage had', async () => {
    const container = navigator.credentials as unknown as Record<string, unknown>;
    let answer!: (v: unknown) => void;
    container.create = () => new Promise((resolve) => (answer = resolve));
    try {
      const el = await mountStage(await loadFixture('ak-stage-authenticator-webauthn'));
      const selector = '.waiting';
      const live = region(el, selector);
      expectIdle(live);
      submitForm(rootOf(el));
      await until(() => !!answer, 'the browser prompt open');
      await el.updateComplete;
      expectSaying(el, selector, live, 'Follow the instructions of your browser');
      answer(null);
      await until(() => live.textContent!.trim() === '', 'the wait over');
      expectIdle(live);
    } finally {
      delete container.create;
    }
  });

  it('Duo: a new push is announced in the region the device had', async () => {
    const c = await loadFixture('ak-stage-authenticator-validate');
    const duo = { device_class: 'duo', device_uid: '5', challenge: {}, last_used: null };
    const el = await mountStage({
      ...c,
      device_challenges: [duo],
      response_errors: { duo: [{ string: 'Duo denied access', code: 'denied' }] },
    } as Challenge);
    const seen = collect(el);
    const selector = '.waiting';
    const live = region(el, selector);
    expectIdle(live);
    const retry = Array.from(rootOf(el).querySelectorAll('button')).find((b) =>
      b.textContent!.includes('Try again'),
    )!;
    retry.click();
    await until(() => seen.length === 1, 'the push sent');
    await el.updateComplete;
    expectSaying(el, selector, live, 'Approve it on your phone');
  });
});
