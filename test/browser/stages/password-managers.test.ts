// The password-manager kit: `passwordrules` from the policy on new-password fields,
// `autocomplete="one-time-code"` on every code field, and WebOTP for SMS codes — in shadow DOM and
// in compatibility (light-DOM) mode.
import { expect } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import type { Challenge } from '../../../src/challenges.js';
import type { PasswordPolicy } from '../../../src/policy/types.js';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import { until } from '../helpers.js';
import { collect, loadFixture, mountStage, promptField, rootOf, type } from './shared-suite.js';

const POLICY: PasswordPolicy = {
  pk: 'p-1',
  password_field: 'password',
  length_min: 12,
  amount_lowercase: 1,
  amount_uppercase: 1,
  amount_digits: 1,
  amount_symbols: 1,
  check_static_rules: true,
};
const RULES =
  'minlength: 12; required: lower; required: upper; required: digit; required: special;';

const passwordPrompt = (field_key: string, order: number) =>
  promptField(field_key, { type: 'password', required: true, order });

const withConfig = async (challenge: Challenge, light: boolean, policy?: PasswordPolicy) => {
  const el = await mountStage(challenge, light);
  el.config = { baseUrl: document.baseURI, passwordPolicy: policy };
  await el.updateComplete;
  return el;
};

/** The first `input[name=...]` under the stage, across the policy control's own shadow root. */
function deepInput(el: Element, name: string): HTMLInputElement | null {
  const roots: ParentNode[] = [rootOf(el)];
  for (const root of roots) {
    const found = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (found) return found;
    for (const child of root.querySelectorAll('*'))
      if (child.shadowRoot) roots.push(child.shadowRoot);
  }
  return null;
}

const validate = (device_class: string) =>
  ({
    component: 'ak-stage-authenticator-validate',
    flow_info: { title: 'MFA', cancel_url: '/flows/-/cancel/', layout: 'stacked' },
    pending_user: 'jane',
    pending_user_avatar: '',
    device_challenges: [{ device_class, device_uid: '1', challenge: {}, last_used: null }],
    configuration_stages: [],
  }) as unknown as Challenge;

/** A stand-in for the browser's WebOTP (no SMS reaches a test browser): records and answers. */
function fakeWebOtp() {
  const calls: { options: CredentialRequestOptions & { otp?: unknown } }[] = [];
  let answer!: (code: string) => void;
  const had = 'OTPCredential' in window;
  const w = window as unknown as { OTPCredential?: unknown };
  if (!had) w.OTPCredential = class {};
  const original = navigator.credentials.get;
  navigator.credentials.get = (options?: CredentialRequestOptions) => {
    calls.push({ options: options! });
    return new Promise((resolve, reject) => {
      answer = (code) => resolve({ code, id: '', type: 'otp' } as unknown as Credential);
      options?.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
    });
  };
  return {
    calls,
    answer: (code: string) => answer(code),
    restore() {
      navigator.credentials.get = original;
      if (!had) delete w.OTPCredential;
    },
  };
}

for (const light of [false, true]) {
  const mode = light ? 'compatibility mode' : 'shadow DOM';

  describe(`password managers: passwordrules (${mode})`, () => {
    it('the policy’s password field and its repeat carry the policy as passwordrules', async () => {
      const challenge = {
        ...(await loadFixture('ak-stage-prompt')),
        fields: [passwordPrompt('password', 0), passwordPrompt('password_repeat', 1)],
      } as Challenge;
      const el = await withConfig(challenge, light, POLICY);
      await until(() => !!deepInput(el, 'password'), 'the policy control');
      const password = deepInput(el, 'password')!;
      expect(password.autocomplete).to.equal('new-password');
      expect(password.getAttribute('passwordrules')).to.equal(RULES);
      const repeat = deepInput(el, 'password_repeat')!;
      expect(repeat.autocomplete).to.equal('new-password');
      expect(repeat.getAttribute('passwordrules')).to.equal(RULES);
    });

    it('without a policy there are no rules to give', async () => {
      const challenge = {
        ...(await loadFixture('ak-stage-prompt')),
        fields: [passwordPrompt('password', 0)],
      } as Challenge;
      const el = await withConfig(challenge, light);
      expect(deepInput(el, 'password')!.hasAttribute('passwordrules')).to.equal(false);
    });
  });

  describe(`password managers: one-time-code on every code field (${mode})`, () => {
    const cases: [string, () => Promise<Challenge>][] = [
      ['TOTP setup', () => loadFixture('ak-stage-authenticator-totp')],
      [
        'SMS setup',
        async () =>
          ({
            ...(await loadFixture('ak-stage-authenticator-sms')),
            phone_number_required: false,
          }) as Challenge,
      ],
      [
        'email setup',
        async () =>
          ({
            ...(await loadFixture('ak-stage-authenticator-email')),
            email_required: false,
          }) as Challenge,
      ],
      ['MFA: authenticator app', async () => validate('totp')],
      ['MFA: recovery code', async () => validate('static')],
      ['MFA: SMS', async () => validate('sms')],
      ['MFA: email', async () => validate('email')],
    ];
    for (const [name, challenge] of cases) {
      it(name, async () => {
        const el = await mountStage(await challenge(), light);
        const input = rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!;
        expect(input, 'a code field').to.exist;
        expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      });
    }
  });

  describe(`password managers: WebOTP (${mode})`, () => {
    let otp: ReturnType<typeof fakeWebOtp>;
    beforeEach(() => (otp = fakeWebOtp()));
    afterEach(() => otp.restore());

    it('SMS setup: asks for the code from the message, fills it in and sends it', async () => {
      const challenge = {
        ...(await loadFixture('ak-stage-authenticator-sms')),
        phone_number_required: false,
      } as Challenge;
      const el = await mountStage(challenge, light);
      const seen = collect(el);
      await until(() => otp.calls.length === 1, 'navigator.credentials.get');
      expect(otp.calls[0].options.otp).to.deep.equal({ transport: ['sms'] });
      expect(otp.calls[0].options.signal).to.be.instanceOf(AbortSignal);
      // Never blocking: the field takes typing meanwhile.
      type(rootOf(el), 'input[name="code"]', '12');
      otp.answer('654321');
      await until(() => seen.length === 1, 'the answer');
      expect(seen[0].response).to.deep.equal({
        component: 'ak-stage-authenticator-sms',
        code: '654321',
      });
      await el.updateComplete;
      expect(rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!.value).to.equal(
        '654321',
      );
    });

    it('the phone-number step asks nothing; the request is aborted when the stage goes away', async () => {
      const phone = await mountStage(await loadFixture('ak-stage-authenticator-sms'), light);
      await phone.updateComplete;
      expect(otp.calls).to.have.length(0);
      const el = await mountStage(validate('sms'), light);
      await until(() => otp.calls.length === 1, 'navigator.credentials.get');
      const signal = otp.calls[0].options.signal!;
      expect(signal.aborted).to.equal(false);
      el.remove();
      expect(signal.aborted).to.equal(true);
    });

    it('no WebOTP for other code methods, nor where the browser lacks it', async () => {
      const totp = await mountStage<StageElement>(validate('totp'), light);
      await totp.updateComplete;
      expect(otp.calls).to.have.length(0);
      otp.restore();
      const w = window as unknown as { OTPCredential?: unknown };
      const had = w.OTPCredential;
      delete w.OTPCredential;
      let asked = false;
      const original = navigator.credentials.get;
      navigator.credentials.get = () => ((asked = true), Promise.resolve(null));
      try {
        const sms = await mountStage(validate('sms'), light);
        await sms.updateComplete;
        expect(rootOf(sms).querySelector('input[name="code"]')).to.exist;
        expect(asked).to.equal(false);
      } finally {
        navigator.credentials.get = original;
        if (had) w.OTPCredential = had;
      }
      otp = fakeWebOtp();
    });
  });
}
