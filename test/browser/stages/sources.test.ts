// The social sources (Apple, Plex, Telegram) against local fakes of each provider's script or API
// (test/browser/stages/fakes/ and the test server; none of it is in the bundle), and the endpoint
// agent stage with a stand-in for the authentik agent's browser extension.
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import { APPLE_SCRIPT } from '../../../components/stages/source-apple/ak-source-oauth-apple.js';
import { PLEX } from '../../../components/stages/source-plex/ak-source-plex.js';
import { TELEGRAM_SCRIPT } from '../../../components/stages/source-telegram/ak-source-telegram.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import { collect, loadFixture, mountStage, rootOf } from './shared-suite.js';

const text = (el: Element) => (el.shadowRoot ?? el).textContent ?? '';
const button = (el: Element, name: RegExp) =>
  Array.from(rootOf(el).querySelectorAll('button')).find((b) => name.test(b.textContent ?? ''));

describe('ak-source-oauth-apple', () => {
  it('loads Apple’s script, initialises it with the challenge and starts sign-in', async () => {
    APPLE_SCRIPT.url = '/test/browser/stages/fakes/apple.js';
    const el = await mountStage(await loadFixture('ak-source-oauth-apple'));
    const seen = collect(el);
    const apple = () =>
      (window as unknown as { __apple?: { config: unknown; signIns: number } }).__apple;
    await until(() => apple()?.signIns === 1, 'signIn called');
    expect(apple()!.config).to.deep.equal({
      clientId: 'io.example.service',
      scope: 'name email',
      redirectURI: 'https://auth.example.com/source/oauth/callback/apple/',
      state: 'apple-state-123',
      usePopup: false,
    });
    document.dispatchEvent(new Event('AppleIDSignInOnFailure'));
    await until(() => text(el).includes('cancelled'), 'the failure is said');
    button(el, /try again/i)!.click();
    await until(
      () => apple()?.signIns === 1 && text(el).includes('Continue in the Apple window'),
      'retried',
    );
    expect(seen).to.have.length(0);
  });

  it('a script that cannot load: a message, "Try again" and "Go back"', async () => {
    APPLE_SCRIPT.url = '/test/browser/stages/fakes/no-such-apple.js';
    const el = await mountStage(await loadFixture('ak-source-oauth-apple'));
    await until(() => text(el).includes('could not be loaded'), 'the failure is said');
    const restarts: string[] = [];
    el.addEventListener('ak-stage-restart', (e) => restarts.push(e.reason));
    button(el, /go back/i)!.click();
    expect(restarts).to.deep.equal(['cancel']);
    await expect(el).to.be.accessible();
  });
});

describe('ak-source-telegram', () => {
  for (const light of [false, true]) {
    it(`Telegram’s widget draws its button and its user data is the answer (${light ? 'light' : 'shadow'} DOM)`, async () => {
      TELEGRAM_SCRIPT.url = '/test/browser/stages/fakes/telegram.js';
      const el = await mountStage(await loadFixture('ak-source-telegram'), light);
      const seen = collect(el);
      const widget = () => el.querySelector<HTMLButtonElement>('button.fake-telegram');
      await until(() => !!widget(), 'the widget button');
      expect(widget()!.textContent).to.contain('@example_login_bot');
      expect(widget()!.dataset.requestAccess).to.equal('write');
      widget()!.click();
      expect(seen).to.have.length(1);
      expect(seen[0].response).to.deep.equal({
        component: 'ak-source-telegram',
        id: 42,
        first_name: 'Jane',
        username: 'jane',
        auth_date: 1700000000,
        hash: 'f00d',
      });
    });
  }

  it('a widget that cannot load: a message and "Try again"', async () => {
    TELEGRAM_SCRIPT.url = '/test/browser/stages/fakes/no-such-telegram.js';
    const el = await mountStage(await loadFixture('ak-source-telegram'));
    await until(() => text(el).includes('could not be loaded'), 'the failure is said');
    const retry = button(el, /try again/i)!;
    retry.focus();
    retry.click();
    await until(() => !retry.isConnected, 'the retry under way');
    await el.updateComplete;
    await until(
      () => document.activeElement === el,
      'focus kept in the stage, not on <body>',
    ).catch((err) => {
      throw new Error(
        `${err} (${document.activeElement?.localName} ${el.shadowRoot?.activeElement?.outerHTML} ${text(el)})`,
      );
    });
    expect(el.shadowRoot!.activeElement!.localName).to.equal('h2');
  });
});

describe('ak-source-plex', () => {
  const realOpen = window.open;
  afterEach(() => (window.open = realOpen));
  beforeEach(() => {
    PLEX.api = '/fake-plex/api/v2';
    PLEX.app = '/fake-plex/auth';
    PLEX.pollMs = 20;
  });

  it('PIN, Plex in a popup, polled until authorised, token redeemed, then on through the executor', async () => {
    const popup = {
      location: { href: '' },
      closed: false,
      close() {
        this.closed = true;
      },
    };
    window.open = () => popup as unknown as Window;
    const el = await mountStage(await loadFixture('ak-source-plex'));
    const asked: string[] = [];
    el.addEventListener('ak-stage-navigate', (e) => asked.push(e.to));
    rootOf(el).querySelector('form')!.requestSubmit();
    await until(() => asked.length === 1, 'navigated after redeeming');
    expect(asked[0]).to.equal(new URL('/source/plex/done/', document.baseURI).href);
    const href = new URL(popup.location.href, document.baseURI);
    expect(href.pathname).to.equal('/fake-plex/auth');
    expect(new URLSearchParams(href.hash.replace(/^#\?/, '')).get('code')).to.equal('pin-code-7');
    expect(popup.closed).to.equal(true);
    const log = (await (await fetch('/fake-plex/log')).json()) as Record<string, string>[];
    expect(log[0]).to.deep.equal({ method: 'POST', client: 'plex-client-123' });
    expect(log[1].slug).to.equal('plex');
    expect(log[1].path).to.equal('/api/v3/sources/plex/redeem_token/');
    expect(JSON.parse(log[1].body)).to.deep.equal({ plex_token: 'plex-token-7' });
  });

  it("redeems the token under the executor's API (a base path, a custom api-path)", async () => {
    window.open = () =>
      ({ location: { href: '' }, closed: false, close() {} }) as unknown as Window;
    const el = await mountStage(await loadFixture('ak-source-plex'));
    el.config = {
      baseUrl: new URL('/auth/', location.href).href,
      apiBase: new URL('/auth/custom-api/', location.href).href,
    };
    const asked: string[] = [];
    el.addEventListener('ak-stage-navigate', (e) => asked.push(e.to));
    rootOf(el).querySelector('form')!.requestSubmit();
    await until(() => asked.length === 1, 'navigated after redeeming');
    const log = (await (await fetch('/fake-plex/log')).json()) as Record<string, string>[];
    expect(log.find((e) => e.method === 'redeem')!.path).to.equal(
      '/auth/custom-api/sources/plex/redeem_token/',
    );
  });

  it('a blocked popup: a clear message and "Try again"', async () => {
    window.open = () => null;
    const el = await mountStage(await loadFixture('ak-source-plex'));
    rootOf(el).querySelector('form')!.requestSubmit();
    await until(() => text(el).includes('blocked'), 'the message');
    expect(button(el, /try again/i)).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('ak-stage-endpoint-agent', () => {
  it('sends the challenge to the agent’s extension and answers with its signed response', async () => {
    const toAgent: unknown[] = [];
    const agent = (e: MessageEvent) => {
      const d = e.data as { _ak_ext?: string; challenge?: string; response?: string };
      if (d?._ak_ext !== 'authentik-platform-sso' || !d.challenge) return;
      toAgent.push(d.challenge);
      window.postMessage({ _ak_ext: 'authentik-platform-sso', response: 'signed-by-agent' }, '*');
    };
    window.addEventListener('message', agent);
    try {
      const el = await mountStage(await loadFixture('ak-stage-endpoint-agent'));
      const seen = collect(el);
      await until(() => seen.length === 1, 'answered');
      expect(toAgent).to.deep.equal(['eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl']);
      expect(seen[0].response).to.deep.equal({
        component: 'ak-stage-endpoint-agent',
        response: 'signed-by-agent',
      });
    } finally {
      window.removeEventListener('message', agent);
    }
  });

  it('an idle timeout past what a timer holds (2^31−1 ms) waits that long, not no time at all', async () => {
    const c = await loadFixture('ak-stage-endpoint-agent');
    const delays: number[] = [];
    const real = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      delays.push(ms ?? 0);
      return real(fn, ms, ...rest);
    }) as typeof window.setTimeout;
    let el: Awaited<ReturnType<typeof mountStage>> | undefined;
    try {
      el = await mountStage({ ...c, challenge_idle_timeout: 30 * 86400 } as Challenge);
    } finally {
      window.setTimeout = real;
    }
    const seen = collect(el!);
    expect(delays).to.include(2 ** 31 - 1);
    expect(seen, 'not answered at once').to.have.length(0);
    el!.remove();
  });

  it('no agent: answers null after challenge_idle_timeout; a failure shows authentik’s message', async () => {
    const c = await loadFixture('ak-stage-endpoint-agent');
    const el = await mountStage({ ...c, challenge_idle_timeout: 0 } as Challenge);
    const seen = collect(el);
    await until(() => seen.length === 1, 'answered without an agent');
    expect(seen[0].response).to.deep.equal({
      component: 'ak-stage-endpoint-agent',
      response: null,
    });
    el.challenge = {
      ...c,
      response_errors: { response: [{ string: 'Device not registered.', code: 'invalid' }] },
    } as Challenge;
    el.pending = false;
    await el.updateComplete;
    expect(text(el)).to.contain('Failed to validate device.');
    expect(text(el)).to.contain('Device not registered.');
    await expect(el).to.be.accessible();
  });
});
