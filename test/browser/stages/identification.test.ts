import { expect, oneEvent } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import { rememberKey } from '../../../components/stages/kit/remember-me.js';
import { collect, loadFixture, mountStage, rootOf, submitForm, type } from './shared-suite.js';
import type {
  StageNavigateEvent,
  StageShowEvent,
  StageSubmitEvent,
} from '../../../components/stages/kit/events.js';

const base = () => loadFixture('ak-stage-identification');
/** The remember-me key of the authentik a mounted stage talks to (its default config: this page). */
const REMEMBER_ME_KEY = rememberKey(document.baseURI);

describe('ak-stage-identification', () => {
  afterEach(() => localStorage.removeItem(REMEMBER_ME_KEY));

  it('labels the identifier by user_fields', async () => {
    const cases: [string[], string, string][] = [
      [['email'], 'Email', 'email'],
      [['username'], 'Username', 'text'],
      [['upn'], 'UPN', 'text'],
      [['username', 'email'], 'Email or Username', 'text'],
      // Three: the language's own list separators (Intl.ListFormat), not an English comma.
      [['username', 'email', 'upn'], 'Email, UPN, or Username', 'text'],
    ];
    for (const [fields, label, inputType] of cases) {
      const el = await mountStage({ ...(await base()), user_fields: fields });
      const input = rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!;
      expect(input.type, fields.join()).to.equal(inputType);
      expect(input.autocomplete).to.equal('username');
      expect(rootOf(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.contain(label);
    }
  });

  it('sends no password when the stage has no password field', async () => {
    const el = await mountStage({ ...(await base()), password_fields: false });
    expect(rootOf(el).querySelector('input[name="password"]')).to.equal(null);
    const seen = collect(el);
    type(rootOf(el), 'input[name="username"]', 'jane');
    submitForm(rootOf(el));
    expect(seen[0].response).to.deep.equal({
      component: 'ak-stage-identification',
      uid_field: 'jane',
    });
  });

  it('uses primary_action as the button text and prefills pending_user_identifier', async () => {
    const el = await mountStage({
      ...(await base()),
      primary_action: 'Sign in now',
      pending_user_identifier: 'pre@example.com',
    });
    const root = rootOf(el);
    expect(root.querySelector('button[type="submit"]')!.textContent).to.contain('Sign in now');
    expect(root.querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal(
      'pre@example.com',
    );
  });

  it('shows and hides the password only when allowed', async () => {
    const el = await mountStage(await base());
    const root = rootOf(el);
    const toggle = root.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('input[name="password"]')!.type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const hidden = await mountStage({ ...(await base()), allow_show_password: false });
    expect(rootOf(hidden).querySelector('button[part="toggle"]')).to.equal(null);
  });

  it('remembers only the identifier when asked, and prefills it next time', async () => {
    const el = await mountStage(await base());
    const root = rootOf(el);
    type(root, 'input[name="username"]', 'jane');
    type(root, 'input[name="password"]', 'secret');
    root.querySelector<HTMLInputElement>('input[name="remember_me"]')!.click();
    submitForm(root);
    expect(localStorage.getItem(REMEMBER_ME_KEY)).to.equal('jane');
    const again = await mountStage(await base());
    const r2 = rootOf(again);
    expect(r2.querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal('jane');
    expect(r2.querySelector<HTMLInputElement>('input[name="remember_me"]')!.checked).to.equal(true);
    r2.querySelector<HTMLInputElement>('input[name="remember_me"]')!.click();
    type(r2, 'input[name="password"]', 'secret');
    submitForm(r2);
    expect(localStorage.getItem(REMEMBER_ME_KEY)).to.equal(null);
  });

  // One test: the stage sends a remembered identifier once per page, so the cases that must not
  // send it come first (after it, they would pass whatever the stage did).
  it("sends a returning user's remembered identifier by itself when nothing else is asked, once per page", async () => {
    localStorage.setItem(REMEMBER_ME_KEY, 'jane');
    const sent: unknown[] = [];
    const listen = (e: Event) => sent.push((e as StageSubmitEvent).response);
    document.addEventListener('ak-stage-submit', listen);
    try {
      const plain = { ...(await base()), password_fields: false, passwordless_url: undefined };
      const waits = {
        'a password field': { ...plain, password_fields: true },
        'a passwordless flow': { ...plain, passwordless_url: '/if/flow/passwordless/' },
        'an error back': {
          ...plain,
          response_errors: {
            non_field_errors: [{ string: 'Failed to authenticate.', code: 'invalid' }],
          },
        },
        "the page's login_hint names someone else": { ...plain, pending_user_identifier: 'john' },
        'remember-me off': { ...plain, enable_remember_me: false },
      };
      // Remembered for another authentik only: neither filled in nor sent to this one.
      localStorage.removeItem(REMEMBER_ME_KEY);
      localStorage.setItem(rememberKey('https://other.example.com/'), 'jane');
      const elsewhere = await mountStage(plain);
      expect(
        rootOf(elsewhere).querySelector<HTMLInputElement>('input[name="username"]')!.value,
      ).to.equal('');
      expect(sent).to.deep.equal([]);
      localStorage.removeItem(rememberKey('https://other.example.com/'));
      localStorage.setItem(REMEMBER_ME_KEY, 'jane');
      for (const [why, challenge] of Object.entries(waits)) {
        const el = await mountStage(challenge);
        expect(sent, why).to.deep.equal([]);
        expect(el.busy, why).to.equal(false);
      }
      const el = await mountStage(plain);
      expect(sent).to.deep.equal([{ component: 'ak-stage-identification', uid_field: 'jane' }]);
      expect(el.busy).to.equal(true);
      // Once per page: a flow started over (a server that keeps losing its session, its cookie
      // blocked in a frame) shows the form instead of sending it round again.
      const again = await mountStage(plain);
      expect(sent).to.have.length(1);
      expect(
        rootOf(again).querySelector<HTMLInputElement>('input[name="username"]')!.value,
      ).to.equal('jane');
    } finally {
      document.removeEventListener('ak-stage-submit', listen);
    }
  });

  it('has no remember-me box when the stage disables it', async () => {
    localStorage.setItem(REMEMBER_ME_KEY, 'jane');
    const el = await mountStage({ ...(await base()), enable_remember_me: false });
    expect(rootOf(el).querySelector('input[name="remember_me"]')).to.equal(null);
    expect(rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal(
      '',
    );
  });

  it('links enrollment, recovery and passwordless flows', async () => {
    const el = await mountStage(await base());
    const hrefs = Array.from(rootOf(el).querySelectorAll<HTMLAnchorElement>('a.link')).map(
      (a) => new URL(a.href).pathname,
    );
    expect(hrefs).to.have.members([
      '/if/flow/default-enrollment-flow/',
      '/if/flow/default-recovery-flow/',
      '/if/flow/default-passwordless-flow/',
    ]);
  });

  it('asks the executor to follow a redirect source (ak-stage-navigate)', async () => {
    const el = await mountStage(await base());
    const button = rootOf(el).querySelector<HTMLButtonElement>('button[part="source"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Continue with \u2068GitHub\u2069');
    setTimeout(() => button.click());
    const ev = (await oneEvent(el, 'ak-stage-navigate')) as unknown as StageNavigateEvent;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(new URL(ev.to).pathname).to.equal('/source/oauth/login/github/');
  });

  it("hands a source whose step runs in the browser (Plex) to the executor, as authentik's page does", async () => {
    const el = await mountStage(await base());
    setTimeout(() =>
      rootOf(el).querySelectorAll<HTMLButtonElement>('button[part="source"]')[1]!.click(),
    );
    const ev = (await oneEvent(el, 'ak-stage-show')) as unknown as StageShowEvent;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.challenge).to.deep.include({ component: 'ak-source-plex', slug: 'plex' });
  });

  it('a source picked while the answer is on its way is ignored (the answer is not dropped)', async () => {
    const el = await mountStage(await base());
    const shown: Event[] = [];
    el.addEventListener('ak-stage-show', (e) => shown.push(e));
    type(rootOf(el), 'input[name="username"]', 'jane');
    type(rootOf(el), 'input[name="password"]', 'secret');
    submitForm(rootOf(el));
    expect(el.busy).to.equal(true);
    rootOf(el).querySelectorAll<HTMLButtonElement>('button[part="source"]')[1]!.click();
    expect(shown).to.have.length(0);
  });

  describe("authentik's auto-redirect: no user fields, one source, no passwordless flow", () => {
    /** Every ak-stage-navigate and ak-stage-show heard on the page while `mount` runs. */
    async function heard(mount: () => Promise<unknown>): Promise<Event[]> {
      const events: Event[] = [];
      const hear = (e: Event) => events.push(e);
      for (const t of ['ak-stage-navigate', 'ak-stage-show']) document.addEventListener(t, hear);
      try {
        await mount(); // the stage's first update (and its `updated`) is complete
      } finally {
        for (const t of ['ak-stage-navigate', 'ak-stage-show'])
          document.removeEventListener(t, hear);
      }
      return events;
    }
    const only = async (n: number, extra = {}) => {
      const c = await base();
      return {
        ...c,
        user_fields: [],
        passwordless_url: undefined,
        sources: (c.sources as unknown[]).slice(n, n + 1),
        ...extra,
      };
    };

    it('follows the one redirect source at once', async () => {
      const events = await heard(async () => mountStage(await only(0)));
      expect(events.map((e) => e.type)).to.deep.equal(['ak-stage-navigate']);
      expect(new URL((events[0] as StageNavigateEvent).to).pathname).to.equal(
        '/source/oauth/login/github/',
      );
    });

    it('follows it once per stage: the same stage read again (a language switch) stays put', async () => {
      const challenge = await only(0);
      const events = await heard(async () => {
        const el = await mountStage(challenge);
        el.challenge = { ...challenge };
        await el.updateComplete;
      });
      expect(events.map((e) => e.type)).to.deep.equal(['ak-stage-navigate']);
    });

    it('hands the one in-browser source (Plex) to the executor at once', async () => {
      const events = await heard(async () => mountStage(await only(1)));
      expect(events.map((e) => e.type)).to.deep.equal(['ak-stage-show']);
      expect((events[0] as StageShowEvent).challenge).to.deep.include({ slug: 'plex' });
    });

    it('waits for a choice when there is a field, a second source or a passwordless flow', async () => {
      const c = await base();
      const cases = [
        await only(0, { user_fields: ['username'] }),
        await only(0, { sources: c.sources }),
        await only(0, { passwordless_url: '/if/flow/default-passwordless-flow/' }),
      ];
      for (const challenge of cases) {
        expect(await heard(() => mountStage(challenge)), JSON.stringify(challenge)).to.have.length(
          0,
        );
      }
    });
  });

  it("puts promoted sources first and names them in full, as authentik's page does", async () => {
    const c = await base();
    const [github, plex] = c.sources as { name: string }[];
    const el = await mountStage({ ...c, sources: [github, { ...plex, promoted: true }] });
    const buttons = [...rootOf(el).querySelectorAll<HTMLButtonElement>('button[part="source"]')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Continue with \u2068Plex\u2069',
      'GitHub',
    ]);
    expect(buttons.map((b) => b.classList.contains('secondary'))).to.deep.equal([false, true]);
    setTimeout(() => buttons[0].click());
    const ev = (await oneEvent(el, 'ak-stage-show')) as unknown as StageShowEvent;
    expect(ev.challenge).to.deep.include({ slug: 'plex' });
  });

  it('offers only the sources when there are no user fields', async () => {
    const el = await mountStage({ ...(await base()), user_fields: [] });
    expect(rootOf(el).querySelector('form')).to.equal(null);
    expect(rootOf(el).querySelectorAll('button[part="source"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
