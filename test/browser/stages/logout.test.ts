// Front-channel logout (hidden sandboxed frames, a timeout each, then the answer) and SAML native
// logout (an auto-posted form, a redirect through the executor, `is_complete`).
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import { LOGOUT_TIMING } from '../../../components/stages/iframe-logout/ak-provider-iframe-logout.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import { collect, loadFixture, mountStage, rootOf } from './shared-suite.js';

const text = (el: Element) => (el.shadowRoot ?? el).textContent ?? '';

describe('ak-provider-iframe-logout', () => {
  const original = LOGOUT_TIMING.frameTimeoutMs;
  afterEach(() => (LOGOUT_TIMING.frameTimeoutMs = original));

  it('loads each logout URL in a hidden sandboxed frame, then answers once', async () => {
    const el = await mountStage(await loadFixture('ak-provider-iframe-logout'));
    const seen = collect(el);
    const frames = Array.from(rootOf(el).querySelectorAll('iframe'));
    expect(frames.map((f) => new URL(f.src).pathname)).to.deep.equal([
      '/dev/logout/grafana',
      '/dev/logout/wiki',
    ]);
    for (const f of frames) {
      expect(f.getAttribute('sandbox')).to.equal('allow-forms allow-scripts');
      expect(f.closest('[hidden]'), 'hidden').to.not.equal(null);
    }
    await until(() => seen.length === 1, 'answered after the frames loaded');
    expect(seen[0].response).to.deep.equal({ component: 'ak-provider-iframe-logout' });
    expect(text(el)).to.contain('\u2068Grafana\u2069: signed out');
    expect(rootOf(el).querySelector('p[role="status"]')!.textContent!.trim()).to.equal(
      'Finished: 2 of 2',
    );
    await expect(el).to.be.accessible();
  });

  it('an application that does not answer times out; an unsafe URL is skipped, never loaded', async () => {
    LOGOUT_TIMING.frameTimeoutMs = 300;
    const c = await loadFixture('ak-provider-iframe-logout');
    const el = await mountStage({
      ...c,
      logout_urls: [
        { url: '/dev/logout/never', provider_name: 'Slow app' },
        { url: 'javascript:alert(1)', provider_name: 'Evil' },
      ],
    } as Challenge);
    const seen = collect(el);
    expect(rootOf(el).querySelectorAll('iframe')).to.have.length(1);
    await until(() => seen.length === 1, 'answered after the timeout');
    expect(text(el)).to.contain('\u2068Slow app\u2069: did not answer');
    expect(text(el)).to.contain('\u2068Evil\u2069: did not answer');
  });

  it('a SAML POST binding posts SAMLRequest and RelayState into its frame', async () => {
    const submitted: HTMLFormElement[] = [];
    const real = HTMLFormElement.prototype.submit;
    HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
      submitted.push(this);
    };
    try {
      const c = await loadFixture('ak-provider-iframe-logout');
      const el = await mountStage({
        ...c,
        logout_urls: [
          {
            url: '/dev/logout/sp',
            provider_name: 'SP',
            binding: 'post',
            saml_request: 'PHNhbWw+',
            saml_relay_state: 'rs',
          },
        ],
      } as Challenge);
      expect(submitted).to.have.length(1);
      const form = submitted[0];
      expect(form.method).to.equal('post');
      expect(new URL(form.action).pathname).to.equal('/dev/logout/sp');
      expect(rootOf(el).querySelector(`iframe[name="${form.target}"]`)).to.not.equal(null);
      const data = Object.fromEntries(new FormData(form));
      expect(data).to.deep.equal({ SAMLRequest: 'PHNhbWw+', RelayState: 'rs' });
    } finally {
      HTMLFormElement.prototype.submit = real;
    }
  });
});

describe('ak-provider-saml-native-logout', () => {
  const base = async (extra: Record<string, unknown>) =>
    ({
      ...(await loadFixture('ak-provider-saml-native-logout')),
      is_complete: false,
      ...extra,
    }) as Challenge;

  it('POST binding: a real form with SAMLRequest and RelayState, posted by itself', async () => {
    const submitted: HTMLFormElement[] = [];
    const real = HTMLFormElement.prototype.submit;
    HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
      submitted.push(this);
    };
    try {
      const el = await mountStage(
        await base({
          saml_binding: 'post',
          post_url: 'https://sp.example.com/slo',
          saml_request: 'PHNhbWw+',
          saml_relay_state: 'rs',
        }),
      );
      expect(submitted).to.have.length(1);
      expect(submitted[0].action).to.equal('https://sp.example.com/slo');
      expect(Object.fromEntries(new FormData(submitted[0]))).to.deep.equal({
        SAMLRequest: 'PHNhbWw+',
        RelayState: 'rs',
      });
      await expect(el).to.be.accessible();
    } finally {
      HTMLFormElement.prototype.submit = real;
    }
  });

  it('redirect binding: asks the executor to go to the redirect URL', async () => {
    const asked: string[] = [];
    const listen = (e: Event) => {
      asked.push((e as Event & { to: string }).to);
      (e as Event & { handedOver: boolean }).handedOver = true;
    };
    document.addEventListener('ak-stage-navigate', listen);
    try {
      await mountStage(
        await base({
          saml_binding: 'redirect',
          redirect_url: 'https://sp.example.com/slo?SAMLRequest=x',
        }),
      );
      expect(asked).to.deep.equal(['https://sp.example.com/slo?SAMLRequest=x']);
    } finally {
      document.removeEventListener('ak-stage-navigate', listen);
    }
  });

  it('an unsafe URL is refused and nothing is sent', async () => {
    const el = await mountStage(
      await base({ saml_binding: 'post', post_url: 'javascript:alert(1)' }),
    );
    expect(rootOf(el).querySelector('form')).to.equal(null);
    expect(text(el)).to.contain('not allowed');
    expect(rootOf(el).querySelector('button')!.textContent).to.contain('Start over');
  });
});
