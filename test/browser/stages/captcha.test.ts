// The captcha stage and the captcha inside the identification stage, against the reference
// server's development provider (server/dev/captcha.js, a Turnstile-style script) served here at
// the same path: tokens, a rejected token, an expired one, a script that does not load, an unsafe
// script URL, and one script per page.
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import type { AkStageCaptcha } from '../../../components/stages/captcha/ak-stage-captcha.js';
import { CAPTCHA_TIMING } from '../../../components/stages/captcha/captcha-controller.js';
import type { CaptchaChallenge } from '../../../components/stages/captcha/types.js';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';
import { collect, loadFixture, mountStage, rootOf, type } from './shared-suite.js';
import { stageMessages, useLocale } from '../../../components/locales/locale.js';

interface DevCaptcha {
  rejectNext(n?: number): void;
  expire(): void;
}
const dev = () => (window as unknown as { devCaptcha: DevCaptcha }).devCaptcha;

const captcha = async (extra: Partial<CaptchaChallenge> = {}) =>
  ({ ...(await loadFixture('ak-stage-captcha')), ...extra }) as unknown as Challenge;

/** The provider's checkbox: in the stage's light DOM (shadow mode) or its markup (light mode). */
function devBox(el: Element): HTMLButtonElement | null {
  return el.querySelector<HTMLButtonElement>('button.dev-captcha');
}

function scripts(src: string): number {
  return Array.from(document.querySelectorAll('script')).filter((s) => s.src.endsWith(src)).length;
}

const text = (el: StageElement) => (el.shadowRoot ?? el).textContent ?? '';

describe('ak-stage-captcha', () => {
  it('invisible: answers with the provider token by itself, the script loaded once per page', async () => {
    const a = await mountStage(await captcha());
    const seen = collect(a);
    await until(() => seen.length === 1, 'the token is sent');
    expect(seen[0].response.token).to.match(/^dev-pass\./);
    await mountStage(await captcha());
    expect(scripts('/dev/captcha/api.js')).to.equal(1);
  });

  for (const light of [false, true]) {
    it(`interactive (${light ? 'light' : 'shadow'} DOM): the user solves it, then the token is sent`, async () => {
      const el = await mountStage(await captcha({ interactive: true }), light);
      const seen = collect(el);
      await until(() => !!devBox(el), 'the provider widget is shown');
      expect(seen).to.have.length(0);
      devBox(el)!.click();
      await until(() => seen.length === 1, 'the token is sent');
      expect(seen[0].response.token).to.match(/^dev-pass\./);
      await expect(el).to.be.accessible();
    });
  }

  it('a rejected token: the error at the captcha, a new token, sent with "Try again" (no loop)', async () => {
    const el = await mountStage<AkStageCaptcha>(await captcha());
    const seen = collect(el);
    await until(() => seen.length === 1, 'the first token is sent');
    const first = seen[0].response.token;
    el.challenge = {
      ...(await captcha()),
      response_errors: { token: [{ string: 'Invalid captcha response.', code: 'invalid' }] },
    } as never;
    el.pending = false;
    await until(() => !!el.captcha.token && el.captcha.token !== first, 'a new token');
    expect(seen, 'not answered again by itself').to.have.length(1);
    expect(text(el)).to.contain('Invalid captcha response.');
    const button = rootOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.textContent).to.contain('Try again');
    button.click();
    await until(() => seen.length === 2, 'the new token is sent');
    expect(seen[1].response.token).to.not.equal(first);
  });

  it('an expired token: a message, and an interactive captcha asks again', async () => {
    const el = await mountStage<AkStageCaptcha>(await captcha({ interactive: true }));
    await until(() => !!devBox(el), 'the widget');
    dev().expire();
    await el.updateComplete;
    expect(text(el)).to.contain('The captcha expired. Please complete it again.');
  });

  it('a script that does not load: a clear message and "Try again", which loads it again', async () => {
    const el = await mountStage<AkStageCaptcha>(
      await captcha({ js_url: '/dev/captcha/missing.js' }),
    );
    await until(() => el.captcha.state === 'error', 'the load fails');
    expect(text(el)).to.contain('The captcha could not be loaded.');
    expect(scripts('/dev/captcha/missing.js')).to.equal(0);
    rootOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => el.captcha.state === 'loading' || el.captcha.state === 'error', 'retried');
    await until(() => el.captcha.state === 'error', 'fails again');
    await expect(el).to.be.accessible();
  });

  it('its message follows a switch of language made while it is on screen', async () => {
    const el = await mountStage<AkStageCaptcha>(
      await captcha({ js_url: '/dev/captcha/missing.js' }),
    );
    await until(() => el.captcha.state === 'error', 'the load fails');
    expect(text(el)).to.contain('The captcha could not be loaded.');
    try {
      await useLocale('de');
      await stageMessages('ak-stage-captcha');
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.contain('Das Captcha konnte nicht geladen werden.');
    } finally {
      await useLocale('en');
    }
  });

  it('a script that takes too long: a timeout message, and what was typed stays', async () => {
    CAPTCHA_TIMING.loadTimeoutMs = 300;
    try {
      const el = await mountStage({
        ...(await loadFixture('ak-stage-identification')),
        password_fields: false,
        passkey_challenge: null,
        captcha_stage: {
          ...(await captcha({ js_url: '/dev/captcha/never.js' })),
          flow_info: undefined,
        },
      } as Challenge);
      type(rootOf(el), 'input[name="username"]', 'jane');
      const inner = rootOf(el).querySelector<AkStageCaptcha>('ak-stage-captcha')!;
      await until(() => inner.captcha.state === 'error', 'timed out');
      await inner.updateComplete;
      expect(text(inner)).to.contain('The captcha took too long to load.');
      expect(rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal(
        'jane',
      );
      const retry = Array.from(rootOf(inner).querySelectorAll('button')).find((b) =>
        /try again/i.test(b.textContent ?? ''),
      )!;
      retry.focus();
      retry.click();
      await inner.updateComplete;
      expect(retry.isConnected, 'the button goes while the captcha reloads').to.equal(false);
      expect(document.activeElement?.localName, 'focus stays in the stage').to.equal(el.localName);
      expect((rootOf(inner) as ShadowRoot).activeElement?.className).to.equal('captcha');
    } finally {
      CAPTCHA_TIMING.loadTimeoutMs = 15000;
    }
  });

  it('refuses a script URL that is not https (nor this machine), and loads nothing', async () => {
    const el = await mountStage<AkStageCaptcha>(
      await captcha({ js_url: 'http://captcha.example/api.js' }),
    );
    await until(() => el.captcha.state === 'error', 'refused');
    expect(text(el)).to.contain('cannot be loaded from the address');
    expect(scripts('captcha.example/api.js')).to.equal(0);
  });
});

describe('ak-stage-identification with captcha_stage', () => {
  const identification = async (interactive: boolean) => ({
    ...(await loadFixture('ak-stage-identification')),
    password_fields: false,
    passkey_challenge: null,
    captcha_stage: { ...(await captcha({ interactive })), flow_info: undefined },
  });

  for (const light of [false, true]) {
    it(`interactive (${light ? 'light' : 'shadow'} DOM): waits for the captcha, then sends username and token; a rejected token keeps the username`, async () => {
      const el = await mountStage(await identification(true), light);
      const seen = collect(el);
      type(rootOf(el), 'input[name="username"]', 'jane');
      // The wait is said in a live region the stage had from its first render (announced).
      const wait = () => rootOf(el).querySelector('[part="captcha-wait"]');
      const live = wait();
      expect(live?.getAttribute('role')).to.equal('status');
      expect(live!.textContent!.trim()).to.equal('');
      rootOf(el).querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(seen, 'nothing sent without a token').to.have.length(0);
      expect(wait() === live, 'the same region').to.equal(true);
      expect(live!.textContent).to.contain('Complete the captcha to continue.');
      const inner = () => rootOf(el).querySelector('ak-stage-captcha')!;
      await until(() => !!devBox(inner()), 'the widget');
      devBox(inner())!.click();
      await until(() => seen.length === 1, 'sent once the captcha is solved');
      expect(seen[0].response).to.include({
        component: 'ak-stage-identification',
        uid_field: 'jane',
      });
      expect(seen[0].response.captcha_token).to.match(/^dev-pass\./);
      el.challenge = {
        ...(await identification(true)),
        response_errors: { non_field_errors: [{ string: 'Invalid captcha.', code: 'invalid' }] },
      };
      el.pending = false;
      await until(
        () => !!devBox(inner()) && devBox(inner())!.getAttribute('aria-checked') === 'false',
        'asked again',
      );
      expect(rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal(
        'jane',
      );
      devBox(inner())!.click();
      await until(() => !!(el as unknown as { captchaToken: string }).captchaToken, 'new token');
      rootOf(el).querySelector('form')!.requestSubmit();
      await until(() => seen.length === 2, 'sent again');
      expect(seen[1].response.captcha_token).to.not.equal(seen[0].response.captcha_token);
      await expect(el).to.be.accessible();
    });
  }

  it('an expired token is not sent: the answer waits for a new one', async () => {
    const el = await mountStage(await identification(true));
    const seen = collect(el);
    const token = () => (el as unknown as { captchaToken: string }).captchaToken;
    const inner = () => rootOf(el).querySelector('ak-stage-captcha')!;
    await until(() => !!devBox(inner()), 'the widget');
    devBox(inner())!.click();
    await until(() => !!token(), 'a token');
    const expired = token();
    dev().expire();
    await until(() => token() === '', 'the expired token dropped');
    type(rootOf(el), 'input[name="username"]', 'jane');
    rootOf(el).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(seen, 'nothing sent with the expired token').to.have.length(0);
    expect(text(el)).to.contain('Complete the captcha to continue.');
    await until(() => devBox(inner())?.getAttribute('aria-checked') === 'false', 'asked again');
    devBox(inner())!.click();
    await until(() => seen.length === 1, 'sent with the new token');
    expect(seen[0].response.captcha_token).to.match(/^dev-pass\./);
    expect(seen[0].response.captcha_token).to.not.equal(expired);
  });

  it('invisible: the token comes by itself and goes with the username', async () => {
    const el = await mountStage(await identification(false));
    const seen = collect(el);
    type(rootOf(el), 'input[name="username"]', 'jane');
    rootOf(el).querySelector('form')!.requestSubmit();
    await until(() => seen.length === 1, 'sent');
    expect(seen[0].response.uid_field).to.equal('jane');
    expect(seen[0].response.captcha_token).to.match(/^dev-pass\./);
  });
});
