// MFA on the reference server: TOTP, static, email and SMS setup and validation, WebAuthn option
// shapes, not_configured_action, device persistence, and every MFA exchange against schema.yml.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Secret, TOTP, URI } from 'otpauth';
import { SHARED_BLUEPRINTS, createFlowServer, type FlowServer } from '../../../server/app.js';
import {
  addDevice,
  newEmailDevice,
  type SmsDevice,
  type WebAuthnDevice,
} from '../../../server/model/devices.js';
import { maskEmail } from '../../../server/model/email.js';
import { Client, enroll, type Json } from './helpers.js';
import { loadContract } from './schema.js';

const app = createFlowServer();
const clients: Client[] = [];
const client = (server: FlowServer = app) => {
  const c = new Client(server);
  clients.push(c);
  return c;
};

/** A fresh user (demo-enrollment), logged in on `c`. */
async function newUser(c: Client) {
  const { username, password, result } = await enroll(c);
  assert.equal(result.body.component, 'xak-flow-redirect', JSON.stringify(result.body));
  return { username, password };
}

/** identification → password on an MFA login flow; returns the challenge after the password. */
async function firstFactor(c: Client, user: { username: string; password: string }, slug: string) {
  await c.get(slug);
  await c.post(slug, { component: 'ak-stage-identification', uid_field: user.username });
  return (await c.post(slug, { component: 'ak-stage-password', password: user.password })).body;
}

const secretOf = (configUrl: unknown) => {
  const totp = URI.parse(String(configUrl));
  assert.ok(totp instanceof TOTP);
  return totp;
};

/** The code of the step after the current one: accepted (window 1) and never a replay. */
const nextCode = (totp: TOTP) => totp.generate({ timestamp: Date.now() + totp.period * 1000 });

/** The code each TOTP device was set up with: replaying it must fail in any later time step. */
const setupCodes = new WeakMap<TOTP, string>();

async function setUpTotp(c: Client): Promise<TOTP> {
  const challenge = await c.get('demo-mfa-setup-totp');
  assert.equal(challenge.component, 'ak-stage-authenticator-totp');
  const totp = secretOf(challenge.config_url);
  const code = totp.generate();
  const done = await c.post('demo-mfa-setup-totp', {
    component: 'ak-stage-authenticator-totp',
    code,
  });
  assert.equal(done.body.component, 'xak-flow-redirect', JSON.stringify(done.body));
  setupCodes.set(totp, code);
  return totp;
}

describe('TOTP', () => {
  test('setup: config_url QR data, wrong code at the field, code from the secret confirms', async () => {
    const c = client();
    const user = await newUser(c);
    const challenge = await c.get('demo-mfa-setup-totp');
    assert.equal(challenge.component, 'ak-stage-authenticator-totp');
    assert.equal(challenge.pending_user, user.username);
    const url = new URL(String(challenge.config_url));
    assert.equal(url.protocol, 'otpauth:');
    assert.equal(url.host, 'totp');
    assert.equal(decodeURIComponent(url.pathname), `/authentik:${user.username}`);
    assert.equal(url.searchParams.get('issuer'), 'authentik');
    assert.equal(url.searchParams.get('digits'), '6');
    assert.match(url.searchParams.get('secret') ?? '', /^[A-Z2-7]{32}$/);

    const wrong = await c.post('demo-mfa-setup-totp', {
      component: 'ak-stage-authenticator-totp',
      code: '000000' === secretOf(challenge.config_url).generate() ? '111111' : '000000',
    });
    assert.equal(wrong.status, 200);
    assert.deepEqual(wrong.body.response_errors, {
      code: [{ string: 'Code does not match', code: 'invalid' }],
    });
    assert.equal(wrong.body.config_url, challenge.config_url, 'the same secret is kept');

    const totp = secretOf(challenge.config_url);
    const done = await c.post('demo-mfa-setup-totp', {
      component: 'ak-stage-authenticator-totp',
      code: totp.generate(),
    });
    assert.equal(done.body.component, 'xak-flow-redirect');
    const stored = app.state.users.byUsername(user.username)!.devices!;
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.type, 'totp');
    assert.equal(stored[0]!.confirmed, true);
  });

  test('login asks for the code; wrong and replayed codes fail at the field; a fresh one logs in', async () => {
    const setup = client();
    const user = await newUser(setup);
    const totp = await setUpTotp(setup);

    const c = client();
    const challenge = await firstFactor(c, user, 'demo-mfa-login');
    assert.equal(challenge.component, 'ak-stage-authenticator-validate');
    assert.equal(challenge.pending_user, user.username);
    const devices = challenge.device_challenges as Json[];
    assert.equal(devices.length, 1);
    assert.equal(devices[0]!.device_class, 'totp');
    assert.deepEqual(devices[0]!.challenge, {});
    assert.deepEqual(challenge.configuration_stages, []);

    const wrong = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: '12345',
    });
    assert.deepEqual(wrong.body.response_errors, {
      code: [{ string: 'Invalid Token', code: 'invalid' }],
    });
    // The very code the device was set up with (a fresh generate() could fall in the next step).
    const replay = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: setupCodes.get(totp)!,
    });
    assert.equal(
      replay.body.component,
      'ak-stage-authenticator-validate',
      'a used step is refused',
    );
    const done = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: nextCode(totp),
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
  });

  test('selecting a challenge answers "Empty response"; an unknown one fails at the field', async () => {
    const setup = client();
    const user = await newUser(setup);
    await setUpTotp(setup);
    const c = client();
    const challenge = await firstFactor(c, user, 'demo-mfa-login');
    const device = (challenge.device_challenges as Json[])[0]!;
    const selected = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      selected_challenge: device,
    });
    assert.deepEqual(selected.body.response_errors, {
      non_field_errors: [{ string: 'Empty response', code: 'invalid' }],
    });
    const bad = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      selected_challenge: { ...device, device_uid: 'nope' },
    });
    assert.deepEqual(Object.keys(bad.body.response_errors as Json), ['selected_challenge']);
  });
});

describe('static codes', () => {
  test('setup shows the codes; each code logs in once', async () => {
    const setup = client();
    const user = await newUser(setup);
    const challenge = await setup.get('demo-mfa-setup-static');
    assert.equal(challenge.component, 'ak-stage-authenticator-static');
    const codes = challenge.codes as string[];
    assert.equal(codes.length, 6);
    assert.equal(new Set(codes).size, 6);
    for (const code of codes) assert.match(code, /^[a-z0-9]{12}$/);
    assert.deepEqual((await setup.get('demo-mfa-setup-static')).codes, codes, 'stable on reload');
    const done = await setup.post('demo-mfa-setup-static', {
      component: 'ak-stage-authenticator-static',
    });
    assert.equal(done.body.component, 'xak-flow-redirect');

    const c = client();
    const validate = await firstFactor(c, user, 'demo-mfa-login');
    assert.equal((validate.device_challenges as Json[])[0]!.device_class, 'static');
    const ok = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: codes[2],
    });
    assert.equal(ok.body.component, 'xak-flow-redirect');

    const again = client();
    await firstFactor(again, user, 'demo-mfa-login');
    const reused = await again.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: codes[2],
    });
    assert.deepEqual(reused.body.response_errors, {
      code: [{ string: 'Invalid Token', code: 'invalid' }],
    });
    const other = await again.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: codes[3],
    });
    assert.equal(other.body.component, 'xak-flow-redirect');
  });

  test('TOTP and static together: one challenge per class, either code works', async () => {
    const setup = client();
    const user = await newUser(setup);
    const totp = await setUpTotp(setup);
    const codes = (await setup.get('demo-mfa-setup-static')).codes as string[];
    await setup.post('demo-mfa-setup-static', { component: 'ak-stage-authenticator-static' });
    const c = client();
    const validate = await firstFactor(c, user, 'demo-mfa-login');
    const classes = (validate.device_challenges as Json[]).map((d) => d.device_class).sort();
    assert.deepEqual(classes, ['static', 'totp']);
    const done = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: nextCode(totp),
    });
    assert.equal(done.body.component, 'xak-flow-redirect');
    assert.ok(codes.length === 6);
  });
});

describe('WebAuthn', () => {
  test('registration options: rp from the request host, user, algorithms, no credentials yet', async () => {
    const setup = client();
    const user = await newUser(setup);
    const challenge = await setup.get('demo-mfa-setup-webauthn');
    assert.equal(challenge.component, 'ak-stage-authenticator-webauthn');
    const reg = challenge.registration as Json & {
      rp: Json;
      user: Json;
      pubKeyCredParams: Json[];
      authenticatorSelection: Json;
    };
    assert.match(String(reg.challenge), /^[A-Za-z0-9_-]{32,}$/);
    assert.deepEqual(reg.rp, { name: 'authentik', id: 'localhost' });
    assert.equal(reg.user.name, user.username);
    assert.match(String(reg.user.id), /^[A-Za-z0-9_-]+$/);
    assert.ok(reg.pubKeyCredParams.some((p) => p.alg === -7 && p.type === 'public-key'));
    assert.equal(reg.attestation, 'none');
    assert.deepEqual(reg.excludeCredentials, []);
    assert.equal(reg.authenticatorSelection.userVerification, 'preferred');

    const bad = await setup.post('demo-mfa-setup-webauthn', {
      component: 'ak-stage-authenticator-webauthn',
      response: { id: 'x', rawId: 'x', type: 'public-key', response: {} },
    });
    assert.equal(bad.body.component, 'ak-stage-authenticator-webauthn');
    assert.ok((bad.body.response_errors as Record<string, unknown[]>).response?.length);
    // Deliberately invalid against the request schema: sent outside the checked clients.
    const unchecked = new Client(app);
    unchecked.cookies.clear();
    for (const [k, v] of setup.cookies) unchecked.cookies.set(k, v);
    const missing = await unchecked.post('demo-mfa-setup-webauthn', {
      component: 'ak-stage-authenticator-webauthn',
    });
    assert.deepEqual(missing.body.response_errors, {
      response: [{ string: 'This field is required.', code: 'required' }],
    });
  });

  test('authentication options list every WebAuthn device; a bad assertion fails at the field', async () => {
    const setup = client();
    const user = await newUser(setup);
    const stored = app.state.users.byUsername(user.username)!;
    const device = (id: string): WebAuthnDevice => ({
      pk: `pk-${id}`,
      name: 'key',
      confirmed: true,
      created: new Date().toISOString(),
      last_used: null,
      type: 'webauthn',
      credential_id: id,
      public_key: 'AA',
      sign_count: 0,
      transports: ['usb'],
      aaguid: '',
    });
    stored.devices = [device('Y3JlZDE'), device('Y3JlZDI')];
    const c = client();
    const validate = await firstFactor(c, user, 'demo-mfa-login');
    const challenges = validate.device_challenges as Json[];
    assert.equal(challenges.length, 1, 'one WebAuthn challenge for all keys');
    assert.equal(challenges[0]!.device_class, 'webauthn');
    const options = challenges[0]!.challenge as Json & { allowCredentials: Json[] };
    assert.equal(options.rpId, 'localhost');
    assert.match(String(options.challenge), /^[A-Za-z0-9_-]{32,}$/);
    assert.deepEqual(
      options.allowCredentials.map((x) => x.id),
      ['Y3JlZDE', 'Y3JlZDI'],
    );
    assert.equal(options.userVerification, 'preferred');
    const bad = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      webauthn: { id: 'unknown', rawId: 'unknown', type: 'public-key', response: {} },
    });
    assert.deepEqual(bad.body.response_errors, {
      webauthn: [{ string: 'Invalid device', code: 'invalid' }],
    });
    const code = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: '123456',
    });
    assert.deepEqual(code.body.response_errors, {
      code: [{ string: 'No compatible device class allowed', code: 'invalid' }],
    });
  });
});

describe('passkeys (identification webauthn_stage)', () => {
  test('passkey_challenge only with a webauthn_stage; a bad passkey fails, the challenge is kept', async () => {
    const plain = await client().get('demo-mfa-login');
    assert.equal(plain.passkey_challenge, null);
    const c = client();
    const first = await c.get('demo-mfa-passkey');
    const options = first.passkey_challenge as Json;
    assert.equal(options.rpId, 'localhost');
    assert.deepEqual(options.allowCredentials, []);
    assert.equal(options.userVerification, 'preferred');
    assert.match(String(options.challenge), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(first.password_fields, true);
    const bad = await c.post('demo-mfa-passkey', {
      component: 'ak-stage-identification',
      passkey: { id: 'nope', rawId: 'nope', type: 'public-key', response: {} },
    });
    assert.deepEqual(bad.body.response_errors, {
      non_field_errors: [{ string: 'Failed to authenticate.', code: 'invalid' }],
    });
    assert.deepEqual(bad.body.passkey_challenge, options, 'the pending browser prompt stays valid');
    const again = await c.get('demo-mfa-passkey');
    assert.notEqual((again.passkey_challenge as Json).challenge, options.challenge);
  });
});

interface OutboxEntry {
  to: string;
  subject: string;
  body: string;
}

const outbox = async (c: Client) => (await (await c.raw('/dev/outbox')).json()) as OutboxEntry[];

/** The 6-digit code of the last message to `to` (an address or a phone number). */
const codeFor = async (c: Client, to: string) => {
  const body = (await outbox(c)).filter((m) => m.to === to).at(-1)?.body ?? '';
  const code = /\b(\d{6})\b/.exec(body)?.[1];
  assert.ok(code, `no code sent to ${to}`);
  return code;
};

describe('email codes', () => {
  test('setup mails a code to the user address; login selects email and mails another', async () => {
    const setup = client();
    const user = await newUser(setup);
    const email = `${user.username}@example.com`;
    const challenge = await setup.get('demo-mfa-setup-email');
    assert.equal(challenge.component, 'ak-stage-authenticator-email');
    assert.equal(challenge.email_required, false);
    assert.equal(challenge.email, `n${'*'.repeat(user.username.length - 1)}@e******.com`);
    const wrong = await setup.post('demo-mfa-setup-email', {
      component: 'ak-stage-authenticator-email',
      code: 'abc',
    });
    assert.deepEqual(wrong.body.response_errors, {
      code: [{ string: 'Code does not match', code: 'invalid' }],
    });
    const done = await setup.post('demo-mfa-setup-email', {
      component: 'ak-stage-authenticator-email',
      code: await codeFor(setup, email),
    });
    assert.equal(done.body.component, 'xak-flow-redirect');

    const c = client();
    const validate = await firstFactor(c, user, 'demo-mfa-login');
    const device = (validate.device_challenges as Json[])[0]!;
    assert.equal(device.device_class, 'email');
    assert.deepEqual(device.challenge, { email: challenge.email });
    const before = app.state.outbox.messages.length;
    await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      selected_challenge: device,
    });
    assert.equal(app.state.outbox.messages.length, before + 1, 'selecting email sends a code');
    const ok = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: await codeFor(c, email),
    });
    assert.equal(ok.body.component, 'xak-flow-redirect');
  });

  test("validate: the email device challenge carries authentik's mask_email of the address", async () => {
    // authentik/lib/utils/email.py mask_email: its docstring example, then the short address of
    // authenticator_validate/tests/test_email.py (test_happy_path), where every part is masked.
    assert.equal(maskEmail('myname@company.org'), 'm*****@c******.org');
    assert.equal(maskEmail('xx@0.co'), '**@*.co');
    assert.equal(maskEmail('abc@ab.example.com'), 'a**@**.e******.com');
    assert.equal(maskEmail('\u{1F600}ab@example.com'), '\u{1F600}**@e******.com', 'code points');
    for (const [bad, why] of [
      ['a@b@example.com', "Must contain exactly one '@' symbol"],
      ['example.com', "Must contain exactly one '@' symbol"],
      ['@example.com', 'Local and domain parts cannot be empty'],
      ['user@localhost', 'Domain must contain at least one dot'],
      ['user@example..com', 'Domain parts cannot be empty'],
      ['user@example.', 'TLD cannot be empty'],
    ]) {
      assert.throws(() => maskEmail(bad!), { message: `Invalid email format: ${why}` }, bad);
    }

    const c = client();
    const user = await newUser(c);
    addDevice(
      app.state.users.byUsername(user.username)!,
      newEmailDevice('Email Device', 'xx@0.co'),
    );
    const validate = await firstFactor(client(), user, 'demo-mfa-login');
    assert.equal(validate.component, 'ak-stage-authenticator-validate');
    const [device] = validate.device_challenges as Json[];
    assert.equal(device!.device_class, 'email');
    assert.deepEqual(device!.challenge, { email: '**@*.co' });
  });
});

describe('SMS codes', () => {
  let numbers = 0;
  /** A number no other test registered (numbers are unique per SMS stage; users live in memory). */
  const newNumber = () => `+1555${String(++numbers).padStart(7, '0')}`;
  const SETUP = 'demo-mfa-setup-sms';
  const SMS = 'ak-stage-authenticator-sms';

  /** SMS setup for the user logged in on `c`: number → code from the outbox → device. */
  async function setUpSms(c: Client, phone = newNumber()) {
    await c.get(SETUP);
    await c.post(SETUP, { component: SMS, phone_number: phone });
    const done = await c.post(SETUP, { component: SMS, code: await codeFor(c, phone) });
    assert.equal(done.body.component, 'xak-flow-redirect', JSON.stringify(done.body));
    return phone;
  }

  test('setup: phone number, a code texted to the outbox, wrong code at the field, device saved', async () => {
    const c = client();
    const user = await newUser(c);
    const phone = newNumber();
    const first = await c.get(SETUP);
    assert.equal(first.component, SMS);
    assert.equal(first.pending_user, user.username);
    assert.equal(first.phone_number_required, true);
    assert.equal((await outbox(c)).filter((m) => m.to === phone).length, 0);

    const missing = await c.post(SETUP, { component: SMS });
    assert.deepEqual(missing.body.response_errors, {
      phone_number: [{ string: 'This field is required.', code: 'required' }],
    });

    const sent = await c.post(SETUP, { component: SMS, phone_number: phone });
    assert.equal(sent.body.component, SMS);
    assert.equal(sent.body.phone_number_required, false);
    assert.equal(sent.body.response_errors, undefined);
    const texts = (await outbox(c)).filter((m) => m.to === phone);
    assert.equal(texts.length, 1, 'one code texted to the number');
    assert.equal(texts[0]!.subject, 'SMS');
    assert.match(texts[0]!.body, /^Use this code to authenticate in authentik: \d{6}\n$/);
    const code = await codeFor(c, phone);
    assert.equal((await c.get(SETUP)).phone_number_required, false, 'the number is kept');

    const wrong = await c.post(SETUP, {
      component: SMS,
      code: code === '000000' ? '111111' : '000000',
    });
    assert.deepEqual(wrong.body.response_errors, {
      code: [{ string: 'Code does not match', code: 'invalid' }],
    });
    assert.equal(wrong.body.phone_number_required, false);
    const letters = await c.post(SETUP, { component: SMS, code: 'abc' });
    assert.deepEqual(letters.body.response_errors, {
      code: [{ string: 'A valid integer is required.', code: 'invalid' }],
    });
    assert.equal(
      app.state.users.byUsername(user.username)!.devices,
      undefined,
      'nothing saved yet',
    );

    const done = await c.post(SETUP, { component: SMS, code });
    assert.equal(done.body.component, 'xak-flow-redirect', JSON.stringify(done.body));
    const devices = app.state.users.byUsername(user.username)!.devices!;
    assert.equal(devices.length, 1);
    const device = devices[0] as SmsDevice;
    assert.equal(device.type, 'sms');
    assert.equal(device.phone_number, phone);
    assert.equal(device.confirmed, true);
    assert.equal(device.name, 'Text message codes');

    const again = await c.get(SETUP);
    assert.equal(again.component, 'xak-flow-redirect', 'one SMS device per user: setup is skipped');
  });

  test('a number already registered on the stage is refused', async () => {
    const first = client();
    await newUser(first);
    const phone = await setUpSms(first);
    const c = client();
    await newUser(c);
    await c.get(SETUP);
    const before = (await outbox(c)).length;
    const taken = await c.post(SETUP, { component: SMS, phone_number: phone });
    assert.deepEqual(taken.body.response_errors, {
      non_field_errors: [{ string: 'Invalid phone number', code: 'invalid' }],
    });
    assert.equal(taken.body.phone_number_required, true);
    assert.equal((await outbox(c)).length, before, 'no code sent');
  });

  test('login: selecting SMS texts a code; a wrong one fails at the field; the right one logs in', async () => {
    const setup = client();
    const user = await newUser(setup);
    const phone = await setUpSms(setup);
    const setupCode = await codeFor(setup, phone);
    const stored = app.state.users.byUsername(user.username)!.devices![0]!;

    const c = client();
    const validate = await firstFactor(c, user, 'demo-mfa-login');
    assert.equal(validate.component, 'ak-stage-authenticator-validate');
    const challenges = validate.device_challenges as Json[];
    assert.equal(challenges.length, 1);
    assert.equal(challenges[0]!.device_class, 'sms');
    assert.equal(challenges[0]!.device_uid, stored.pk);
    assert.deepEqual(challenges[0]!.challenge, {});

    const before = (await outbox(c)).filter((m) => m.to === phone).length;
    const selected = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      selected_challenge: challenges[0],
    });
    assert.deepEqual(selected.body.response_errors, {
      non_field_errors: [{ string: 'Empty response', code: 'invalid' }],
    });
    const texts = (await outbox(c)).filter((m) => m.to === phone);
    assert.equal(texts.length, before + 1, 'selecting SMS texts a code');
    assert.equal(texts.at(-1)!.subject, 'SMS');
    const code = await codeFor(c, phone);

    for (const bad of [code === '000000' ? '111111' : '000000', setupCode]) {
      if (bad === code) continue;
      const wrong = await c.post('demo-mfa-login', {
        component: 'ak-stage-authenticator-validate',
        code: bad,
      });
      assert.deepEqual(wrong.body.response_errors, {
        code: [{ string: 'Invalid Token', code: 'invalid' }],
      });
    }
    const ok = await c.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code,
    });
    assert.deepEqual(ok.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.ok(app.state.users.byUsername(user.username)!.devices![0]!.last_used, 'device used');

    const replay = client();
    await firstFactor(replay, user, 'demo-mfa-login');
    const used = await replay.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code,
    });
    assert.deepEqual(
      used.body.response_errors,
      { code: [{ string: 'Invalid Token', code: 'invalid' }] },
      'a code is used once',
    );
  });

  test('verify_only keeps a hash of the number, and the device is never offered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfa-sms-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(
      join(dir, 'sms-verify.yaml'),
      `version: 1
metadata: { name: SMS verify only }
entries:
  - model: authentik_stages_authenticator_sms.authenticatorsmsstage
    id: sms
    identifiers: { name: sms-verify-only }
    attrs: { provider: generic, from_number: '+15550000000', verify_only: true }
  - model: authentik_flows.flow
    id: flow
    identifiers: { slug: sms-verify-only }
    attrs: { name: v, title: v, designation: stage_configuration, authentication: require_authenticated }
  - model: authentik_flows.flowstagebinding
    identifiers: { target: !KeyOf flow, stage: !KeyOf sms, order: 0 }
`,
    );
    const server = createFlowServer({ blueprints: [dir] });
    const c = client(server);
    const user = await newUser(c);
    const phone = newNumber();
    await c.get('sms-verify-only');
    await c.post('sms-verify-only', { component: SMS, phone_number: phone });
    const code = await codeFor(c, phone);
    const done = await c.post('sms-verify-only', { component: SMS, code });
    assert.equal(done.body.component, 'xak-flow-redirect', JSON.stringify(done.body));
    const device = server.state.users.byUsername(user.username)!.devices![0] as SmsDevice;
    assert.match(device.phone_number, /^hash:[0-9a-f]{64}$/);
    assert.notEqual(device.phone_number, phone);

    const next = await firstFactor(client(server), user, 'demo-mfa-login');
    assert.equal(next.component, 'xak-flow-redirect', 'no usable device: the MFA stage skips');
  });
});

describe('not_configured_action', () => {
  test('skip: no device, no MFA challenge', async () => {
    const setup = client();
    const user = await newUser(setup);
    const c = client();
    const next = await firstFactor(c, user, 'demo-mfa-login');
    assert.equal(next.component, 'xak-flow-redirect');
  });

  test('configure: the stage picker, an invalid pick at the field, then the chosen setup', async () => {
    const setup = client();
    const user = await newUser(setup);
    const c = client();
    const picker = await firstFactor(c, user, 'demo-mfa-enforced');
    assert.equal(picker.component, 'ak-stage-authenticator-validate');
    assert.deepEqual(picker.device_challenges, []);
    const stages = picker.configuration_stages as Json[];
    assert.deepEqual(
      stages.map((s) => s.meta_model_name),
      [
        'authentik_stages_authenticator_totp.authenticatortotpstage',
        'authentik_stages_authenticator_static.authenticatorstaticstage',
        'authentik_stages_authenticator_webauthn.authenticatorwebauthnstage',
      ],
    );
    const bad = await c.post('demo-mfa-enforced', {
      component: 'ak-stage-authenticator-validate',
      selected_stage: '00000000-0000-4000-8000-000000000000',
    });
    assert.deepEqual(bad.body.response_errors, {
      selected_stage: [{ string: 'Selected stage is invalid', code: 'invalid' }],
    });
    const totpStage = await c.post('demo-mfa-enforced', {
      component: 'ak-stage-authenticator-validate',
      selected_stage: stages[0]!.pk,
    });
    assert.equal(totpStage.status, 302);
    assert.equal(totpStage.body.component, 'ak-stage-authenticator-totp');
    const totp = secretOf(totpStage.body.config_url);
    const done = await c.post('demo-mfa-enforced', {
      component: 'ak-stage-authenticator-totp',
      code: totp.generate(),
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    // Next time the device is required.
    const again = client();
    const validate = await firstFactor(again, user, 'demo-mfa-enforced');
    assert.equal((validate.device_challenges as Json[])[0]!.device_class, 'totp');
  });

  test('deny, and configure with a single stage (inserted directly)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfa-bp-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const flow = (slug: string, action: string, stages: string) => `
  - model: authentik_stages_authenticator_validate.authenticatorvalidatestage
    id: v-${slug}
    identifiers: { name: ${slug}-validate }
    attrs: { not_configured_action: ${action}, configuration_stages: ${stages} }
  - model: authentik_flows.flow
    id: f-${slug}
    identifiers: { slug: ${slug} }
    attrs: { name: ${slug}, title: ${slug}, designation: authentication }
  - model: authentik_flows.flowstagebinding
    identifiers: { target: !KeyOf f-${slug}, stage: !Find [authentik_stages_identification.identificationstage, [name, demo-mfa-identification]], order: 10 }
  - model: authentik_flows.flowstagebinding
    identifiers: { target: !KeyOf f-${slug}, stage: !Find [authentik_stages_password.passwordstage, [name, demo-mfa-password]], order: 20 }
  - model: authentik_flows.flowstagebinding
    identifiers: { target: !KeyOf f-${slug}, stage: !KeyOf v-${slug}, order: 30 }
  - model: authentik_flows.flowstagebinding
    identifiers: { target: !KeyOf f-${slug}, stage: !Find [authentik_stages_user_login.userloginstage, [name, demo-mfa-user-login]], order: 100 }`;
    writeFileSync(
      join(dir, 'mfa-test.yaml'),
      `version: 1\nmetadata: { name: MFA test }\nentries:${flow('mfa-deny', 'deny', '[]')}${flow(
        'mfa-one',
        'configure',
        '[!Find [authentik_stages_authenticator_static.authenticatorstaticstage, [name, demo-mfa-static]]]',
      )}\n`,
    );
    const server = createFlowServer({ blueprints: [dir] });
    const setup = client(server);
    const user = await newUser(setup);
    const denied = await firstFactor(client(server), user, 'mfa-deny');
    assert.equal(denied.component, 'ak-stage-access-denied');
    assert.equal(denied.error_message, 'No (allowed) MFA authenticator configured.');
    const one = client(server);
    const staticSetup = await firstFactor(one, user, 'mfa-one');
    assert.equal(staticSetup.component, 'ak-stage-authenticator-static');
    const done = await one.post('mfa-one', { component: 'ak-stage-authenticator-static' });
    assert.equal(done.body.component, 'xak-flow-redirect');
  });
});

test('devices persist with the users (--data)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-data-'));
  try {
    const dataFile = join(dir, 'users.json');
    const first = createFlowServer({ dataFile });
    const c = client(first);
    const user = await newUser(c);
    const totp = await setUpTotp(c);
    const second = createFlowServer({ dataFile });
    const d = client(second);
    const validate = await firstFactor(d, user, 'demo-mfa-login');
    assert.equal((validate.device_challenges as Json[])[0]!.device_class, 'totp');
    const done = await d.post('demo-mfa-login', {
      component: 'ak-stage-authenticator-validate',
      code: nextCode(totp),
    });
    assert.equal(done.body.component, 'xak-flow-redirect');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const sharedPresent = existsSync(SHARED_BLUEPRINTS);
if (!sharedPresent)
  console.log(`# notice: ${SHARED_BLUEPRINTS} is absent, shared MFA blueprint test skipped`);

test(
  'the shared default-authenticator-totp-setup and -static-setup blueprints run',
  { skip: sharedPresent ? false : 'no ../shared' },
  async () => {
    const c = client();
    await newUser(c);
    const totp = await c.get('default-authenticator-totp-setup');
    assert.equal(totp.component, 'ak-stage-authenticator-totp');
    const code = secretOf(totp.config_url).generate();
    const done = await c.post('default-authenticator-totp-setup', {
      component: 'ak-stage-authenticator-totp',
      code,
    });
    assert.equal(done.body.component, 'xak-flow-redirect');
    const codes = await c.get('default-authenticator-static-setup');
    assert.equal(codes.component, 'ak-stage-authenticator-static');
    assert.equal((codes.codes as string[]).length, 6);
    assert.ok(app.report.notices.some((n) => /Duo .* not supported/.test(n.message)));
    assert.ok(!app.report.notices.some((n) => /SMS .* not supported/.test(n.message)));
    assert.ok(new Secret({ size: 20 }).base32.length === 32);
  },
);

test('every MFA challenge and answer above is valid against schema.yml', () => {
  const contract = loadContract();
  let checked = 0;
  const seen = new Set<string>();
  for (const exchange of clients.flatMap((c) => c.log)) {
    for (const [kind, body, schemas] of [
      ['response', exchange.response, contract.challengeSchemas],
      ['request', exchange.request, contract.requestSchemas],
    ] as const) {
      const component = body?.component;
      if (!component?.startsWith('ak-stage-authenticator-')) continue;
      const name = schemas[component];
      assert.ok(name, `no schema for ${component}`);
      const validate = contract.schema(name);
      assert.ok(
        validate(body),
        `${kind} ${component}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body)}`,
      );
      seen.add(`${kind}:${component}`);
      checked++;
    }
  }
  for (const want of [
    'response:ak-stage-authenticator-validate',
    'request:ak-stage-authenticator-validate',
    'response:ak-stage-authenticator-totp',
    'request:ak-stage-authenticator-totp',
    'response:ak-stage-authenticator-static',
    'request:ak-stage-authenticator-static',
    'response:ak-stage-authenticator-webauthn',
    'request:ak-stage-authenticator-webauthn',
    'response:ak-stage-authenticator-email',
    'request:ak-stage-authenticator-email',
    'response:ak-stage-authenticator-sms',
    'request:ak-stage-authenticator-sms',
  ]) {
    assert.ok(seen.has(want), `no ${want} exchange was checked`);
  }
  assert.ok(checked > 30, `only ${checked} MFA exchanges`);
});
