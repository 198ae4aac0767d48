// The MFA stages: the shared stage suite (fixture render, errors at the field, submit body,
// double submit, axe, light DOM, hostile strings) for each, plus the device picker, the
// selection POST, WebAuthn through a stubbed navigator.credentials, Duo, QR, copy and download.
import { expect } from '@open-wc/testing';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import {
  base64urlToBuffer,
  bufferToBase64url,
  passkeyResponse,
  toRequestOptions,
} from '../../../components/stages/kit/webauthn.js';
import { parseOtpAuth } from '../../../components/stages/authenticator-totp/ak-stage-authenticator-totp.js';
import type { Challenge } from '../../../src/challenges.js';
import {
  collect,
  loadFixture,
  mountStage,
  rootOf,
  runStageSuite,
  submitForm,
  type,
} from '../stages/shared-suite.js';
import { until } from '../helpers.js';
import { stageMessages, useLocale } from '../../../components/locales/locale.js';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

type CredentialsStub = {
  calls: CredentialCreationOptions[] | CredentialRequestOptions[];
  restore(): void;
};

/** Replaces navigator.credentials[method] with `impl`, recording the options it gets. */
function stubCredentials(
  method: 'get' | 'create',
  impl: (options: never) => Promise<unknown>,
): CredentialsStub {
  const calls: never[] = [];
  const container = navigator.credentials as unknown as Record<string, unknown>;
  container[method] = (options: never) => {
    calls.push(options);
    return impl(options);
  };
  return { calls, restore: () => delete container[method] };
}

/** Queues what the mock's Duo enrollment-status endpoint answers (the last repeats). */
async function duoStatuses(...statuses: (string | number)[]): Promise<void> {
  await fetch('/__duo', { method: 'POST', body: JSON.stringify({ statuses }) });
}

/** What a PublicKeyCredential from `get` looks like to the stage. */
const fakeAssertion = () => ({
  id: 'AQID',
  rawId: bytes(1, 2, 3),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: {
    clientDataJSON: bytes(123, 125),
    authenticatorData: bytes(9, 8, 7),
    signature: bytes(255, 254),
    userHandle: bytes(4),
  },
  getClientExtensionResults: () => ({}),
});
const ASSERTION_JSON = {
  id: 'AQID',
  rawId: 'AQID',
  type: 'public-key',
  response: {
    clientDataJSON: 'e30',
    authenticatorData: 'CQgH',
    signature: '__4',
    userHandle: 'BA',
  },
  clientExtensionResults: {},
  authenticatorAttachment: 'platform',
};

const fakeAttestation = () => ({
  id: 'AQID',
  rawId: bytes(1, 2, 3),
  type: 'public-key',
  authenticatorAttachment: 'cross-platform',
  response: {
    clientDataJSON: bytes(123, 125),
    attestationObject: bytes(161, 99),
    getTransports: () => ['usb'],
  },
  getClientExtensionResults: () => ({ credProps: { rk: true } }),
});
const ATTESTATION_JSON = {
  id: 'AQID',
  rawId: 'AQID',
  type: 'public-key',
  response: { clientDataJSON: 'e30', attestationObject: 'oWM', transports: ['usb'] },
  clientExtensionResults: { credProps: { rk: true } },
  authenticatorAttachment: 'cross-platform',
};

const buttons = (el: Element, selector = 'button') =>
  Array.from(rootOf(el).querySelectorAll<HTMLButtonElement>(selector));
const buttonNamed = (el: Element, text: string) =>
  buttons(el).find((b) => b.textContent!.includes(text));

async function validateWith(extra: Partial<Challenge>, light = false) {
  const c = await loadFixture('ak-stage-authenticator-validate');
  return mountStage({ ...c, ...extra } as Challenge, light);
}

const DEVICES = {
  totp: { device_class: 'totp', device_uid: '1', challenge: {}, last_used: null },
  static: { device_class: 'static', device_uid: '2', challenge: {}, last_used: null },
  email: { device_class: 'email', device_uid: '4', challenge: {}, last_used: null },
  duo: { device_class: 'duo', device_uid: '5', challenge: {}, last_used: null },
  webauthn: {
    device_class: 'webauthn',
    device_uid: '3',
    challenge: {
      challenge: 'AAECAwQFBgcICQ',
      rpId: 'localhost',
      allowCredentials: [{ id: 'AQID', type: 'public-key', transports: ['usb'] }],
      userVerification: 'preferred',
      timeout: 60000,
    },
    last_used: null,
  },
};

// ---------------------------------------------------------------- shared suites

runStageSuite({
  component: 'ak-stage-authenticator-validate',
  fill: (root) => type(root, 'input[name="code"]', '123456'),
  expected: { code: '123456' },
  errorField: { key: 'code', control: 'input[name="code"]' },
  inputs: { code: 'one-time-code' },
});

runStageSuite({
  component: 'ak-stage-authenticator-totp',
  fill: (root) => type(root, 'input[name="code"]', '654321'),
  expected: { code: '654321' },
  errorField: { key: 'code', control: 'input[name="code"]' },
  inputs: { code: 'one-time-code' },
});

runStageSuite({ component: 'ak-stage-authenticator-static', expected: {} });

describe('ak-stage-authenticator-webauthn: with a stubbed authenticator', () => {
  let stub: CredentialsStub;
  beforeEach(() => {
    stub = stubCredentials('create', async () => fakeAttestation());
  });
  afterEach(() => stub.restore());
  runStageSuite({
    component: 'ak-stage-authenticator-webauthn',
    expected: { response: ATTESTATION_JSON },
  });
});

runStageSuite({
  component: 'ak-stage-authenticator-email',
  fill: (root) => type(root, 'input[name="email"]', 'me@example.com'),
  expected: { email: 'me@example.com' },
  errorField: { key: 'email', control: 'input[name="email"]' },
  inputs: { email: 'email' },
});

runStageSuite({
  component: 'ak-stage-authenticator-sms',
  fill: (root) => type(root, 'input[name="phone_number"]', '+1 555 0100'),
  expected: { phone_number: '+1 555 0100' },
  errorField: { key: 'phone_number', control: 'input[name="phone_number"]' },
  inputs: { phone_number: 'tel' },
});

// The phone activated: "Check now" answers the flow.
runStageSuite({
  component: 'ak-stage-authenticator-duo',
  fill: () => duoStatuses('success'),
  expected: {},
});

// ---------------------------------------------------------------- validate

describe('ak-stage-authenticator-validate', () => {
  it('a single TOTP device asks for the code right away, numeric and one-time-code', async () => {
    const el = await validateWith({});
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(buttonNamed(el, 'Choose another method') === undefined).to.equal(true);
  });

  it("several devices: the one used last is chosen, as on authentik's page, unless it is a recovery code", async () => {
    const used = (d: object, when: string) => ({ ...d, last_used: when });
    // The authenticator app was used last: its code field, nothing sent, the picker one click away.
    const app = await validateWith({
      device_challenges: [
        used(DEVICES.email, '2026-11-01T10:00:00Z'),
        used(DEVICES.totp, '2026-11-20T10:00:00Z'),
        DEVICES.static,
      ],
    } as Partial<Challenge>);
    const seen = collect(app);
    expect(rootOf(app).querySelector('input[name="code"]') !== null, 'the code field').to.equal(
      true,
    );
    expect(buttonNamed(app, 'Choose another method') !== undefined).to.equal(true);
    expect(seen).to.have.length(0);
    // Email used last: chosen, and told to the server (which sends the code), as a single device.
    const email = await validateWith({
      device_challenges: [
        used(DEVICES.totp, '2026-11-01T10:00:00Z'),
        used(DEVICES.email, '2026-11-20T10:00:00Z'),
      ],
    } as Partial<Challenge>);
    await until(() => email.busy, 'the selection posted');
    // A recovery code used last: the picker, as authentik's page.
    const picker = await validateWith({
      device_challenges: [
        used(DEVICES.totp, '2026-11-01T10:00:00Z'),
        used(DEVICES.static, '2026-11-20T10:00:00Z'),
      ],
    } as Partial<Challenge>);
    expect(rootOf(picker).querySelector('input[name="code"]') === null, 'no code field').to.equal(
      true,
    );
    expect(buttons(picker, '.method .name')).to.have.length(2);
  });

  it('Duo used last among several: chosen, but the push waits for the button', async () => {
    const el = await validateWith({
      device_challenges: [
        { ...DEVICES.totp, last_used: '2026-11-01T10:00:00Z' },
        { ...DEVICES.duo, last_used: '2026-11-20T10:00:00Z' },
      ],
    } as Partial<Challenge>);
    const seen = collect(el);
    await el.updateComplete;
    expect(el.busy, 'no push sent by itself').to.equal(false);
    expect(seen).to.have.length(0);
    buttonNamed(el, 'Send push notification')!.click();
    await until(() => seen.length === 1, 'the push sent');
    expect(seen[0]!.response).to.deep.equal({
      component: 'ak-stage-authenticator-validate',
      duo: 5,
    });
  });

  it('an email code: names the (masked) address authentik gives, else says "your email address"', async () => {
    const masked = await validateWith({
      device_challenges: [{ ...DEVICES.email, challenge: { email: 'j***@example.com' } }],
    } as Partial<Challenge>);
    expect(rootOf(masked).textContent).to.contain(
      'We sent a code to \u2068j***@example.com\u2069.',
    );
    const plain = await validateWith({ device_challenges: [DEVICES.email] });
    expect(rootOf(plain).textContent).to.contain('We sent a code to your email address.');
  });

  it('several devices: a picker with named buttons; choosing a code method posts nothing until the code', async () => {
    const el = await validateWith({
      device_challenges: [DEVICES.totp, DEVICES.static, DEVICES.webauthn],
    });
    const names = buttons(el, '.method .name').map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(['Authenticator app', 'Recovery code', 'Security key or passkey']);
    expect(rootOf(el).querySelector('input[name="code"]')).to.equal(null);
    const seen = collect(el);
    buttonNamed(el, 'Recovery code')!.click();
    await el.updateComplete;
    // authentik's page tells the server only of an SMS or email pick (which sends the code).
    expect(seen, 'no selection POST').to.have.length(0);
    expect(el.busy).to.equal(false);
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(input.getAttribute('inputmode'), 'recovery codes are letters too').to.equal('text');
    type(rootOf(el), 'input[name="code"]', 'abcd1234efgh');
    submitForm(rootOf(el));
    await until(() => seen.length === 1, 'the code posted');
    expect(seen[0]!.response).to.deep.equal({
      component: 'ak-stage-authenticator-validate',
      code: 'abcd1234efgh',
    });
    // A wrong code comes back at the field, and the picker is one click away.
    el.challenge = {
      ...el.challenge!,
      response_errors: { code: [{ string: 'Invalid Token', code: 'invalid' }] },
    };
    el.pending = false;
    await el.updateComplete;
    const invalid = rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(invalid.getAttribute('aria-invalid')).to.equal('true');
    const described = rootOf(el).getElementById(
      invalid.getAttribute('aria-describedby')!.split(' ').pop()!,
    );
    expect(described!.textContent).to.contain('Invalid Token');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Choose another method')!.click();
    await el.updateComplete;
    expect(buttons(el, '.method').length).to.equal(3);
  });

  it('a real error after a selection is shown', async () => {
    const el = await validateWith({ device_challenges: [DEVICES.email, DEVICES.static] });
    buttonNamed(el, 'Email')!.click();
    await until(() => el.busy, 'the selection posted');
    el.challenge = {
      ...el.challenge!,
      response_errors: { non_field_errors: [{ string: 'Empty response', code: 'invalid' }] },
    };
    el.pending = false;
    await el.updateComplete;
    el.challenge = {
      ...el.challenge!,
      response_errors: { non_field_errors: [{ string: 'Too many attempts', code: 'invalid' }] },
    };
    await el.updateComplete;
    expect(rootOf(el).querySelector('[part="errors"]')!.textContent).to.contain(
      'Too many attempts',
    );
  });

  it('no device: configuration stages to pick, posting selected_stage', async () => {
    const el = await validateWith({
      device_challenges: [],
      configuration_stages: [
        {
          pk: '0f8d7c1e-3b7a-4b8e-9a51-1c2d3e4f5a6b',
          name: 'default-authenticator-totp-setup',
          verbose_name: 'TOTP Authenticator Setup Stage',
          meta_model_name: 'authentik_stages_authenticator_totp.authenticatortotpstage',
        },
        {
          pk: '6c5b4a39-2817-4d6e-8f90-a1b2c3d4e5f6',
          name: 'default-authenticator-static-setup',
          verbose_name: 'Static Authenticator Setup Stage',
          meta_model_name: 'authentik_stages_authenticator_static.authenticatorstaticstage',
        },
      ],
    });
    const names = buttons(el, '.method .name').map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(['Authenticator app (TOTP)', 'Recovery codes']);
    const seen = collect(el);
    buttonNamed(el, 'Recovery codes')!.click();
    buttonNamed(el, 'Recovery codes')!.click();
    await until(() => seen.length > 0, 'the selection posted');
    expect(seen.map((e) => e.response)).to.deep.equal([
      {
        component: 'ak-stage-authenticator-validate',
        selected_stage: '6c5b4a39-2817-4d6e-8f90-a1b2c3d4e5f6',
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('WebAuthn: calls navigator.credentials.get with decoded options and posts the assertion', async () => {
    const stub = stubCredentials('get', async () => fakeAssertion());
    const seen: { response: unknown }[] = [];
    const listener = (e: Event) => seen.push(e as unknown as { response: unknown });
    document.addEventListener('ak-stage-submit', listener);
    try {
      await validateWith({ device_challenges: [DEVICES.webauthn] });
      await until(() => seen.length > 0, 'the assertion posted');
      expect(stub.calls.length).to.equal(1);
      const publicKey = (stub.calls[0] as CredentialRequestOptions).publicKey!;
      expect(publicKey.challenge instanceof ArrayBuffer).to.equal(true);
      expect(bufferToBase64url(publicKey.challenge as ArrayBuffer)).to.equal('AAECAwQFBgcICQ');
      const allowed = publicKey.allowCredentials![0]!;
      expect(bufferToBase64url(allowed.id as ArrayBuffer)).to.equal('AQID');
      expect(publicKey.rpId).to.equal('localhost');
      expect(seen.length).to.equal(1);
      expect(seen[0]!.response).to.deep.equal({
        component: 'ak-stage-authenticator-validate',
        webauthn: ASSERTION_JSON,
      });
    } finally {
      document.removeEventListener('ak-stage-submit', listener);
      stub.restore();
    }
  });

  for (const light of [false, true]) {
    it(`WebAuthn: a cancelled prompt (NotAllowedError) explains and retries${light ? ' (light DOM)' : ''}`, async () => {
      let fail = true;
      const stub = stubCredentials('get', async () => {
        if (fail) throw new DOMException('cancelled', 'NotAllowedError');
        return fakeAssertion();
      });
      try {
        const el = await validateWith({ device_challenges: [DEVICES.webauthn] }, light);
        const seen = collect(el);
        await until(
          () => /cancelled/.test(rootOf(el).querySelector('[role="alert"]')?.textContent ?? ''),
          'the cancelled prompt said',
        );
        await el.updateComplete;
        const alert = rootOf(el).querySelector('[role="alert"]');
        expect(alert!.textContent).to.contain('cancelled or timed out');
        expect(seen.length).to.equal(0);
        await expect(el).to.be.accessible();
        fail = false;
        const retry = buttonNamed(el, 'Try again')!;
        retry.focus();
        retry.click();
        await until(() => seen.length > 0, 'the assertion posted');
        await el.updateComplete;
        // The pressed button stays (aria-disabled while it works): focus does not fall to <body>.
        expect(document.activeElement === (light ? retry : el), 'focus on the button').to.equal(
          true,
        );
        expect(retry.isConnected && retry.getAttribute('aria-disabled')).to.equal('true');
        expect(stub.calls.length).to.equal(2);
        expect(seen.length).to.equal(1);
        expect(Object.keys(seen[0]!.response)).to.deep.equal(['component', 'webauthn']);
      } finally {
        stub.restore();
      }
    });
  }

  it('WebAuthn: the reason a prompt failed follows a switch of language', async () => {
    const stub = stubCredentials('get', async () => {
      throw new DOMException('cancelled', 'NotAllowedError');
    });
    try {
      const el = await validateWith({ device_challenges: [DEVICES.webauthn] });
      const said = () => rootOf(el).querySelector('[role="alert"]')?.textContent ?? '';
      await until(() => /cancelled or timed out/.test(said()), 'the cancelled prompt said');
      await useLocale('de');
      await stageMessages('ak-stage-authenticator-validate');
      el.requestUpdate();
      await el.updateComplete;
      expect(said()).to.contain('Die Anfrage wurde abgebrochen oder ist abgelaufen.');
    } finally {
      await useLocale('en');
      stub.restore();
    }
  });

  it('WebAuthn: a server error about the assertion is shown, with a retry', async () => {
    const stub = stubCredentials('get', () => new Promise(() => undefined));
    try {
      const el = await validateWith({
        device_challenges: [DEVICES.webauthn],
        response_errors: { webauthn: [{ string: 'Assertion failed', code: 'invalid' }] },
      });
      await el.updateComplete;
      expect(rootOf(el).textContent).to.contain('Assertion failed');
      expect(buttonNamed(el, 'Try again') !== undefined).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('Duo: the push is sent and a wait state shows while it is pending', async () => {
    const el = await validateWith({ device_challenges: [DEVICES.duo] });
    const seen = collect(el);
    await until(() => el.busy, 'the push sent');
    // The first update started it before `collect`; pending proves it was sent once.
    expect(el.busy).to.equal(true);
    await el.updateComplete;
    expect(rootOf(el).querySelector('[role="status"]')!.textContent).to.contain(
      'Approve it on your phone',
    );
    el.challenge = {
      ...el.challenge!,
      response_errors: { duo: [{ string: 'Duo denied access', code: 'denied' }] },
    };
    el.pending = false;
    await el.updateComplete;
    const retry = buttonNamed(el, 'Try again')!;
    retry.focus();
    retry.click();
    await until(() => seen.length > 0, 'the push sent again');
    await el.updateComplete;
    expect(document.activeElement?.localName, 'focus stays in the stage').to.equal(el.localName);
    expect(el.shadowRoot!.activeElement === retry, 'on the pressed button').to.equal(true);
    expect(retry.isConnected && retry.getAttribute('aria-disabled')).to.equal('true');
    retry.click();
    expect(seen, 'a second press while it waits sends nothing').to.have.length(1);
    expect(seen.map((e) => e.response)).to.deep.equal([
      { component: 'ak-stage-authenticator-validate', duo: 5 },
    ]);
  });

  it('a single email device posts the selection so the server sends the code', async () => {
    const c = await loadFixture('ak-stage-authenticator-validate');
    const seen: unknown[] = [];
    const listener = (e: Event) => seen.push((e as unknown as { response: unknown }).response);
    document.addEventListener('ak-stage-submit', listener);
    try {
      const el = await mountStage({ ...c, device_challenges: [DEVICES.email] });
      await until(() => seen.length > 0, 'the selection posted');
      expect(seen).to.deep.equal([
        { component: 'ak-stage-authenticator-validate', selected_challenge: DEVICES.email },
      ]);
      expect(rootOf(el).querySelector('input[name="code"]')).to.not.equal(null);
    } finally {
      document.removeEventListener('ak-stage-submit', listener);
    }
  });
});

// ---------------------------------------------------------------- setup stages

describe('ak-stage-authenticator-totp', () => {
  it('draws the QR code and shows the secret from the otpauth URL for manual entry', async () => {
    const el = await mountStage(await loadFixture('ak-stage-authenticator-totp'));
    const qr = rootOf(el).querySelector('svg[part="qr"]')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.contain('QR code');
    const path = qr.querySelector('path')!.getAttribute('d')!;
    expect(path.length).to.be.greaterThan(1000);
    expect(rootOf(el).querySelector('[part="secret"]')!.textContent).to.contain(
      'JBSW Y3DP EHPK 3PXP',
    );
    expect(rootOf(el).textContent).to.contain('akadmin');
  });

  it('parses otpauth URLs and refuses anything else', () => {
    expect(
      parseOtpAuth(
        'otpauth://totp/ACME%20Co:jane%40example.com?secret=jbswy3dpehpk3pxp&issuer=ACME%20Co',
      ),
    ).to.deep.equal({
      url: 'otpauth://totp/ACME%20Co:jane%40example.com?secret=jbswy3dpehpk3pxp&issuer=ACME%20Co',
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'ACME Co',
      account: 'jane@example.com',
    });
    expect(parseOtpAuth('javascript:alert(1)')).to.equal(null);
    expect(parseOtpAuth('otpauth://totp/x?secret=not-base32!')).to.equal(null);
    expect(parseOtpAuth('')).to.equal(null);
  });

  it('without a usable config_url it says so instead of drawing a QR code', async () => {
    const c = await loadFixture('ak-stage-authenticator-totp');
    const el = await mountStage({ ...c, config_url: 'https://example.com/' });
    expect(rootOf(el).querySelector('svg')).to.equal(null);
    expect(rootOf(el).querySelector('[role="alert"]')).to.not.equal(null);
  });
});

describe('ak-stage-authenticator-static', () => {
  it('copies the codes with navigator.clipboard', async () => {
    const el = await mountStage(await loadFixture('ak-stage-authenticator-static'));
    let copied = '';
    const clipboard = navigator.clipboard as unknown as Record<string, unknown>;
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      rootOf(el).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await until(() => copied !== '', 'the codes copied');
      expect(copied).to.equal(
        (el.challenge as unknown as { codes: string[] }).codes.join('\n') + '\n',
      );
      await el.updateComplete;
      expect(rootOf(el).querySelector('[role="status"]')!.textContent).to.contain('copied');
    } finally {
      delete clipboard.writeText;
    }
  });

  it('downloads the codes as a .txt file from a Blob URL', async () => {
    const el = await mountStage(await loadFixture('ak-stage-authenticator-static'));
    const original = HTMLAnchorElement.prototype.click;
    let clicked: { href: string; download: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked = { href: this.href, download: this.download };
    };
    try {
      rootOf(el).querySelector<HTMLButtonElement>('[part="download"]')!.click();
      expect(clicked!.download).to.equal('recovery-codes.txt');
      expect(clicked!.href.startsWith('blob:')).to.equal(true);
      const text = await (await fetch(clicked!.href)).text();
      expect(text.split('\n').filter(Boolean)).to.deep.equal(
        (el.challenge as unknown as { codes: string[] }).codes,
      );
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });
});

describe('ak-stage-authenticator-webauthn', () => {
  it('decodes the registration options for navigator.credentials.create', async () => {
    const stub = stubCredentials('create', async () => fakeAttestation());
    try {
      const el = await mountStage(await loadFixture('ak-stage-authenticator-webauthn'));
      submitForm(rootOf(el));
      await until(() => stub.calls.length > 0, 'navigator.credentials.create called');
      const publicKey = (stub.calls[0] as CredentialCreationOptions).publicKey!;
      expect(bufferToBase64url(publicKey.challenge as ArrayBuffer)).to.equal(
        'dGVzdC1jaGFsbGVuZ2UtMTIzNDU2Nzg5MGFiY2RlZg',
      );
      expect(new TextDecoder().decode(publicKey.user.id as ArrayBuffer)).to.equal('akid-0001');
      expect(publicKey.user.name).to.equal('akadmin');
      expect(bufferToBase64url(publicKey.excludeCredentials![0]!.id as ArrayBuffer)).to.equal(
        'Y3JlZDE',
      );
      expect(publicKey.rp.id).to.equal('localhost');
    } finally {
      stub.restore();
    }
  });

  it('a cancelled prompt explains and the button retries', async () => {
    let fail = true;
    const stub = stubCredentials('create', async () => {
      if (fail) throw new DOMException('no', 'NotAllowedError');
      return fakeAttestation();
    });
    try {
      const el = await mountStage(await loadFixture('ak-stage-authenticator-webauthn'));
      const seen = collect(el);
      submitForm(rootOf(el));
      await until(
        () => /cancelled/.test(rootOf(el).querySelector('[role="alert"]')?.textContent ?? ''),
        'the cancelled prompt said',
      );
      await el.updateComplete;
      expect(rootOf(el).querySelector('[role="alert"]')!.textContent).to.contain('cancelled');
      expect(rootOf(el).querySelector('button[type="submit"]')!.textContent).to.contain(
        'Try again',
      );
      await expect(el).to.be.accessible();
      fail = false;
      submitForm(rootOf(el));
      await until(() => seen.length > 0, 'the attestation posted');
      expect(seen.length).to.equal(1);
    } finally {
      stub.restore();
    }
  });
});

describe('ak-stage-authenticator-email and -sms: the code step', () => {
  for (const [component, extra] of [
    ['ak-stage-authenticator-email', { email: 'm***@example.com', email_required: false }],
    ['ak-stage-authenticator-sms', { phone_number_required: false }],
  ] as const) {
    it(`${component}: code field, error at the field, {code} posted`, async () => {
      const c = await loadFixture(component);
      const el = await mountStage({
        ...c,
        ...extra,
        response_errors: { code: [{ string: 'Code does not match', code: 'invalid' }] },
      });
      const input = rootOf(el).querySelector<HTMLInputElement>('input[name="code"]')!;
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      if (component === 'ak-stage-authenticator-email') {
        expect(rootOf(el).textContent).to.contain('m***@example.com');
      }
      await expect(el).to.be.accessible();
      const seen = collect(el);
      type(rootOf(el), 'input[name="code"]', ' 123456 ');
      submitForm(rootOf(el));
      submitForm(rootOf(el));
      await until(() => seen.length > 0, 'the code posted');
      expect(seen.map((e) => e.response)).to.deep.equal([{ component, code: '123456' }]);
    });
  }
});

/** The page's interval timers of `ms` from now on: how often each fired, whether it was cleared. */
function watchIntervals(ms: number) {
  const { setInterval: set, clearInterval: clear } = window;
  const timers: { id: number; fired: number; cleared: boolean }[] = [];
  window.setInterval = ((run: () => void, delay?: number) => {
    if (delay !== ms) return set(run, delay);
    const timer = { id: 0, fired: 0, cleared: false };
    timer.id = set(() => {
      run();
      timer.fired++;
    }, delay);
    timers.push(timer);
    return timer.id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    for (const t of timers) if (t.id === id) t.cleared = true;
    clear(id);
  }) as typeof window.clearInterval;
  return {
    timers,
    restore: () => Object.assign(window, { setInterval: set, clearInterval: clear }),
  };
}

const duoLog = async () =>
  (await (await fetch('/__duo/log')).json()) as { method: string; path: string; csrf: string }[];

async function mountDuo(pollInterval: number) {
  const el = document.createElement('ak-stage-authenticator-duo') as StageElement & {
    pollInterval: number;
  };
  el.pollInterval = pollInterval;
  el.challenge = await loadFixture('ak-stage-authenticator-duo');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('ak-stage-authenticator-duo', () => {
  it("asks authentik's enrollment status while waiting, and answers the flow once activated", async () => {
    await duoStatuses('waiting', 'waiting', 'success');
    document.cookie = 'authentik_csrf=duo-csrf; path=/';
    const polls = watchIntervals(40);
    const el = await mountDuo(40);
    const seen = collect(el);
    try {
      const img = rootOf(el).querySelector<HTMLImageElement>('img[part="qr"]')!;
      expect(img.getAttribute('src')!.startsWith('data:image/png')).to.equal(true);
      await until(() => seen.length === 1, 'the answer once activated');
      expect(seen[0]!.response).to.deep.equal({ component: 'ak-stage-authenticator-duo' });
      const log = await duoLog();
      expect(log.length, 'asked until activated').to.equal(3);
      const uuid = (el.challenge as unknown as { stage_uuid: string }).stage_uuid;
      for (const entry of log) {
        expect(entry.method).to.equal('POST');
        expect(entry.path).to.equal(`/api/v3/stages/authenticator/duo/${uuid}/enrollment_status/`);
        expect(entry.csrf).to.equal('duo-csrf');
      }
      await until(
        () => polls.timers[0]!.fired >= 6,
        'three more polls due while the answer is on its way',
      );
      expect((await duoLog()).length, 'no check while the answer is on its way').to.equal(3);
      expect(seen).to.have.length(1);
    } finally {
      el.remove();
      polls.restore();
      document.cookie = 'authentik_csrf=; path=/; max-age=0';
    }
    expect(polls.timers[0]!.cleared, 'polling stops when the stage goes away').to.equal(true);
  });

  it('"Check now" during a poll is answered by that poll; an expired code offers "Start over"', async () => {
    await duoStatuses('waiting', 'invalid');
    const polls = watchIntervals(60);
    const el = await mountDuo(60);
    const restarts: Event[] = [];
    el.addEventListener('ak-stage-restart', (e) => restarts.push(e));
    try {
      // The first poll is on its way when the user presses the button.
      await until(() => polls.timers[0]!.fired >= 1, 'a poll started');
      const button = rootOf(el).querySelector<HTMLButtonElement>('button[part="submit"]')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled'), 'progress').to.equal('true');
      const notice = () => rootOf(el).querySelector('[part="notice"]')?.textContent ?? '';
      await until(() => /no longer valid/.test(notice()), 'the expired code said');
      expect(button.textContent).to.contain('Start over');
      const asked = (await duoLog()).length;
      await until(() => polls.timers[0]!.fired >= asked + 2, 'two more polls due');
      expect((await duoLog()).length, 'no more asking once expired').to.equal(asked);
      button.click();
      expect(restarts).to.have.length(1);
    } finally {
      el.remove();
      polls.restore();
    }
  });

  it('"Check now" says what it found, with progress while it asks, and answers once activated', async () => {
    await duoStatuses('waiting', 503, 'success');
    const el = await mountDuo(0);
    const seen = collect(el);
    try {
      const button = rootOf(el).querySelector<HTMLButtonElement>('button[part="submit"]')!;
      const notice = () => rootOf(el).querySelector('[part="notice"]')?.textContent ?? '';
      button.focus();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled'), 'progress while it asks').to.equal('true');
      await until(() => /not activated yet/.test(notice()), 'not activated yet');
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(el.shadowRoot!.activeElement === button, 'focus stays on the button').to.equal(true);
      button.click();
      await until(() => /Could not check/.test(notice()), 'the failed check said');
      expect(seen, 'nothing answered before the activation').to.have.length(0);
      button.click();
      await until(() => seen.length === 1, 'answered once activated');
      expect(seen[0]!.response).to.deep.equal({ component: 'ak-stage-authenticator-duo' });
    } finally {
      el.remove();
    }
  });
});

describe('webauthn.ts helpers', () => {
  it('base64url round-trips bytes, with and without padding', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const encoded = bufferToBase64url(all);
    expect(/^[A-Za-z0-9_-]+$/.test(encoded)).to.equal(true);
    expect(Array.from(new Uint8Array(base64urlToBuffer(encoded)))).to.deep.equal(Array.from(all));
    expect(Array.from(new Uint8Array(base64urlToBuffer('AQID==')))).to.deep.equal([1, 2, 3]);
    expect(() => base64urlToBuffer('a+b/')).to.throw();
  });

  it('drops an empty allowCredentials, builds the passkey answer', () => {
    const options = toRequestOptions({ challenge: 'AQID', allowCredentials: [] });
    expect('allowCredentials' in options).to.equal(false);
    expect(passkeyResponse({ id: 'x' })).to.deep.equal({
      component: 'ak-stage-identification',
      passkey: { id: 'x' },
    });
  });
});
