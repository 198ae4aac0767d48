// MFA stage views, after authentik's authenticator_validate, authenticator_totp, _static,
// _webauthn, _email and _sms stages. Devices live on the user (mfa-devices.ts); what a stage needs
// between requests (the device being set up, the WebAuthn challenge) lives in the plan context.
// Email and SMS codes go to the dev outbox. Duo is not supported (reported at start-up by
// reportMfa).
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { randomBytes, randomUUID } from 'node:crypto';
import { INSERTED_BINDING, SMS_STAGE_MODEL, type StageDef } from '../blueprints/models.js';
import type { Report } from '../report.js';
import type { User } from '../users.js';
import { NON_FIELD, errors, timedeltaSeconds, type ResponseErrors } from './challenge.js';
import type { FlowExecution } from './executor.js';
import { CTX, toPending } from './plan.js';
import {
  DEVICE_CLASSES,
  addDevice,
  confirmedDevices,
  generateToken,
  hashPhoneNumber,
  isHashed,
  maskEmail,
  newEmailDevice,
  newSmsDevice,
  newStaticDevice,
  newTotpDevice,
  totpConfigUrl,
  touch,
  useStaticToken,
  useToken,
  verifyTotp,
  type EmailDevice,
  type MfaDevice,
  type SmsDevice,
  type StaticDevice,
  type TotpDevice,
  type WebAuthnDevice,
} from './mfa-devices.js';

interface View {
  get(x: FlowExecution): Promise<Response>;
  post(x: FlowExecution, body: Record<string, unknown>): Promise<Response>;
}

/** Plan-context keys (authentik keeps these in the session). */
export const MFA_CTX = {
  deviceChallenges: 'mfa_device_challenges',
  stages: 'mfa_configuration_stages',
  selected: 'mfa_selected_challenge',
  webauthnChallenge: 'mfa_webauthn_challenge',
  setup: 'mfa_setup',
  passkey: 'mfa_passkey_challenge',
} as const;

/** Setup stages the server runs, and how the validation stage's stage picker names them. */
const SETUP_MODELS: Record<string, string> = {
  'authentik_stages_authenticator_totp.authenticatortotpstage': 'TOTP Authenticator Setup Stage',
  'authentik_stages_authenticator_static.authenticatorstaticstage':
    'Static Authenticator Setup Stage',
  'authentik_stages_authenticator_webauthn.authenticatorwebauthnstage':
    'WebAuthn Authenticator Setup Stage',
  'authentik_stages_authenticator_email.authenticatoremailstage': 'Email Authenticator Setup Stage',
  [SMS_STAGE_MODEL]: 'SMS Authenticator Setup Stage',
  'authentik_stages_authenticator_duo.authenticatorduostage': 'Duo Authenticator Setup Stage',
};

export function reportMfa(report: Report): void {
  report.info(
    'MFA: authentik_stages_authenticator_validate, authentik_stages_authenticator_totp.authenticatortotpstage, ' +
      '_static.authenticatorstaticstage, _webauthn.authenticatorwebauthnstage, _email.authenticatoremailstage and ' +
      '_sms.authenticatorsmsstage run here (devices are kept with the users; emailed and texted codes go to /dev/outbox)',
  );
  report.warn(
    'MFA: Duo (authentik_stages_authenticator_duo) is not supported by the reference server: a flow reaching it ' +
      'answers ak-stage-flow-error, and no Duo device is ever offered',
  );
}

interface DeviceChallenge {
  device_class: string;
  device_uid: string;
  challenge: Record<string, unknown>;
  last_used: string | null;
}

const ctxOf = (x: FlowExecution) => x.plan.context;
const rpId = (x: FlowExecution) => x.req.url.hostname;
const field = (message: string, code = 'invalid'): ResponseErrors[string] => [
  { string: message, code },
];
const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

function saveUser(x: FlowExecution): void {
  x.state.users.save();
}

// ---------------------------------------------------------------- authenticator validate

function allowedClasses(stage: StageDef): string[] {
  const list = stage.a.list('device_classes').map(String);
  return list.length ? list : [...DEVICE_CLASSES];
}

async function webauthnOptions(x: FlowExecution, devices: WebAuthnDevice[]) {
  const options = await generateAuthenticationOptions({
    rpID: rpId(x),
    allowCredentials: devices.map((d) => ({
      id: d.credential_id,
      transports: d.transports as AuthenticatorTransportFuture[],
    })),
    userVerification: userVerification(x.stage.a.str('webauthn_user_verification', 'preferred')),
  });
  ctxOf(x)[MFA_CTX.webauthnChallenge] = options.challenge;
  return options as unknown as Record<string, unknown>;
}

function userVerification(value: string): 'required' | 'preferred' | 'discouraged' {
  return value === 'required' || value === 'discouraged' ? value : 'preferred';
}

/**
 * The user's devices this validation stage accepts. An SMS device of a `verify_only` stage keeps
 * only the hash of its number and can never receive a code (authentik's SMSChallenger).
 */
function validatableDevices(x: FlowExecution, user: User | undefined): MfaDevice[] {
  const allowed = allowedClasses(x.stage);
  return confirmedDevices(user).filter(
    (d) => allowed.includes(d.type) && !(d.type === 'sms' && isHashed(d)),
  );
}

/** One challenge per device class; WebAuthn's lists every WebAuthn device of the user. */
async function deviceChallenges(x: FlowExecution, user: User): Promise<DeviceChallenge[]> {
  const devices = validatableDevices(x, user);
  const out: DeviceChallenge[] = [];
  for (const cls of DEVICE_CLASSES) {
    const first = devices.find((d) => d.type === cls);
    if (!first) continue;
    const challenge =
      cls === 'webauthn'
        ? await webauthnOptions(
            x,
            devices.filter((d): d is WebAuthnDevice => d.type === 'webauthn'),
          )
        : {};
    out.push({ device_class: cls, device_uid: first.pk, challenge, last_used: first.last_used });
  }
  return out;
}

function selectableStages(x: FlowExecution): Record<string, unknown>[] {
  const pks = (ctxOf(x)[MFA_CTX.stages] ?? []) as string[];
  return pks.flatMap((pk) => {
    const stage = x.state.catalog.stage(pk);
    if (!stage) return [];
    return [
      {
        pk: stage.pk,
        name: stage.name,
        verbose_name: SETUP_MODELS[stage.model] ?? 'Stage',
        meta_model_name: stage.model,
      },
    ];
  });
}

function validateChallenge(x: FlowExecution) {
  return {
    component: 'ak-stage-authenticator-validate',
    device_challenges: (ctxOf(x)[MFA_CTX.deviceChallenges] ?? []) as DeviceChallenge[],
    configuration_stages: selectableStages(x),
  };
}

/** FlowPlan.insert_stage: the stage runs right after the current one. */
function insertStage(x: FlowExecution, stagePk: string): void {
  x.plan.bindings.splice(1, 0, INSERTED_BINDING + stagePk);
  x.plan.reevaluate.splice(1, 0, false);
}

function configurationStages(x: FlowExecution): string[] {
  return x.stage.a
    .list('configuration_stages')
    .map(String)
    .filter((pk) => !!x.state.catalog.stage(pk));
}

function cleanupValidate(x: FlowExecution): void {
  for (const key of [
    MFA_CTX.deviceChallenges,
    MFA_CTX.stages,
    MFA_CTX.selected,
    MFA_CTX.webauthnChallenge,
  ]) {
    delete ctxOf(x)[key];
  }
}

async function sendEmailCode(x: FlowExecution, device: EmailDevice, stage?: StageDef) {
  const a = stage?.a;
  const raw = a?.attrs.token_expiry;
  const seconds =
    typeof raw === 'number' ? raw * 60 : typeof raw === 'string' ? timedeltaSeconds(raw) : 30 * 60;
  const code = generateToken(device, seconds || 30 * 60);
  saveUser(x);
  x.state.outbox.add({
    to: device.email,
    subject: a?.str('subject', 'authentik Sign-in code') ?? 'authentik Sign-in code',
    body: `Your sign-in code is ${code}.\n\nIt expires in ${Math.round((seconds || 1800) / 60)} minutes.\n`,
    stage: stage?.name ?? x.stage.name,
  });
}

/** SideChannelDevice.generate_token's default validity. */
const SMS_TOKEN_SECONDS = 5 * 60;

/** AuthenticatorSMSStage.send, with the dev outbox as the provider. */
function sendSmsCode(x: FlowExecution, device: SmsDevice): void {
  const code = generateToken(device, SMS_TOKEN_SECONDS);
  saveUser(x);
  x.state.outbox.add({
    to: device.phone_number,
    subject: 'SMS',
    body: `Use this code to authenticate in authentik: ${code}\n`,
    stage: x.state.catalog.stage(device.stage)?.name ?? x.stage.name,
  });
}

/** Finds the stage an email device was set up with, for its subject and expiry. */
function emailStageOf(x: FlowExecution): StageDef | undefined {
  const pk = x.state.catalog.registry
    .byModel('authentik_stages_authenticator_email.authenticatoremailstage')
    .at(0)?.pk;
  return pk ? x.state.catalog.stage(pk) : undefined;
}

/** How the user proved who they are, in the plan context (authentik's PLAN_CONTEXT_METHOD). */
const AUTH_METHOD = 'auth_method';
const PASSKEY_METHOD = 'auth_webauthn_pwl';

export const authenticatorValidate: View = {
  async get(x) {
    // A passkey (identification stage) already was a second factor.
    if (x.plan.context[AUTH_METHOD] === PASSKEY_METHOD) return x.stageOk();
    const pending = x.pendingUser;
    if (!pending) return x.stageOk();
    const user = x.pendingStoredUser;
    const challenges = user ? await deviceChallenges(x, user) : [];
    ctxOf(x)[MFA_CTX.deviceChallenges] = challenges;
    delete ctxOf(x)[MFA_CTX.stages];
    if (!challenges.length) {
      const action = x.stage.a.str('not_configured_action', 'skip');
      if (action === 'skip') {
        cleanupValidate(x);
        return x.stageOk();
      }
      if (action === 'configure') {
        const stages = configurationStages(x);
        if (!stages.length || !user) {
          return x.stageInvalid('No (allowed) MFA authenticator configured.');
        }
        if (stages.length === 1) {
          cleanupValidate(x);
          insertStage(x, stages[0]!);
          return x.stageOk();
        }
        ctxOf(x)[MFA_CTX.stages] = stages;
      } else {
        return x.stageInvalid('No (allowed) MFA authenticator configured.');
      }
    }
    return x.challenge(validateChallenge(x), true);
  },

  async post(x, body) {
    const user = x.pendingStoredUser;
    const challenges = (ctxOf(x)[MFA_CTX.deviceChallenges] ?? []) as DeviceChallenge[];
    const challenge = validateChallenge(x);
    const fieldErrors: ResponseErrors = {};
    const allowedHere = (classes: string[]) =>
      challenges.some((c) => classes.includes(c.device_class));
    let matched: MfaDevice | undefined;
    let selectedStage: string | undefined;

    if ('selected_challenge' in body) {
      const sel = body.selected_challenge;
      const found = isObject(sel)
        ? challenges.find(
            (c) =>
              c.device_class === String(sel.device_class ?? '') &&
              c.device_uid === String(sel.device_uid ?? ''),
          )
        : undefined;
      if (!found) fieldErrors.selected_challenge = field('invalid challenge selected');
      else {
        ctxOf(x)[MFA_CTX.selected] = found.device_uid;
        // The side-channel classes send a fresh code when picked (DeviceChallenger.initiate).
        const device = validatableDevices(x, user).find(
          (d) => d.type === found.device_class && d.pk === found.device_uid,
        );
        if (device?.type === 'email') await sendEmailCode(x, device, emailStageOf(x));
        else if (device?.type === 'sms') sendSmsCode(x, device);
      }
    }
    if ('selected_stage' in body) {
      const pk = String(body.selected_stage ?? '');
      const stages = (ctxOf(x)[MFA_CTX.stages] ?? []) as string[];
      if (!stages.includes(pk)) fieldErrors.selected_stage = field('Selected stage is invalid');
      else selectedStage = pk;
    }
    if ('code' in body) {
      const code = typeof body.code === 'string' ? body.code : '';
      if (!code) fieldErrors.code = field('This field may not be blank.', 'blank');
      else if (!allowedHere(['totp', 'static', 'sms', 'email'])) {
        fieldErrors.code = field('No compatible device class allowed');
      } else {
        matched = matchCode(x, user, code);
        if (!matched) fieldErrors.code = field('Invalid Token');
      }
    }
    if ('webauthn' in body) {
      if (!allowedHere(['webauthn'])) {
        fieldErrors.webauthn = field('No compatible device class allowed');
      } else if (!isObject(body.webauthn)) {
        fieldErrors.webauthn = field('Value must be valid JSON.');
      } else {
        const result = await verifyAssertion(x, user, body.webauthn);
        if (typeof result === 'string') fieldErrors.webauthn = field(result);
        else matched = result;
      }
    }
    if ('duo' in body) fieldErrors.duo = field('No compatible device class allowed');

    if (
      selectedStage &&
      x.stage.a.str('not_configured_action', 'skip') === 'configure' &&
      !challenges.length
    ) {
      cleanupValidate(x);
      insertStage(x, selectedStage);
      return x.stageOk();
    }
    if (Object.keys(fieldErrors).length) return x.challengeInvalid(challenge, fieldErrors, true);
    if (!matched) return x.challengeInvalid(challenge, errors(NON_FIELD, 'Empty response'), true);
    touch(matched);
    saveUser(x);
    x.plan.context[AUTH_METHOD] ??= 'auth_mfa';
    cleanupValidate(x);
    return x.stageOk();
  },
};

/** authentik's match_token: every code device of the user, on purpose. */
function matchCode(x: FlowExecution, user: User | undefined, code: string): MfaDevice | undefined {
  if (!user) return undefined;
  for (const device of validatableDevices(x, user)) {
    if (device.type === 'totp' && verifyTotp(device, code)) return device;
    if (device.type === 'static' && useStaticToken(device, code)) return device;
    if ((device.type === 'email' || device.type === 'sms') && useToken(device, code)) {
      return device;
    }
  }
  return undefined;
}

async function verifyAssertion(
  x: FlowExecution,
  user: User | undefined,
  data: Record<string, unknown>,
  requireUserVerification = x.stage.a.str('webauthn_user_verification') === 'required',
): Promise<WebAuthnDevice | string> {
  const id = typeof data.id === 'string' ? data.id : '';
  const device = confirmedDevices(user).find(
    (d): d is WebAuthnDevice => d.type === 'webauthn' && d.credential_id === id,
  );
  const expected = ctxOf(x)[MFA_CTX.webauthnChallenge];
  if (!device || typeof expected !== 'string') return 'Invalid device';
  try {
    const result = await verifyAuthenticationResponse({
      response: data as unknown as AuthenticationResponseJSON,
      expectedChallenge: expected,
      expectedOrigin: x.origin,
      expectedRPID: rpId(x),
      credential: {
        id: device.credential_id,
        publicKey: new Uint8Array(Buffer.from(device.public_key, 'base64url')),
        counter: device.sign_count,
        transports: device.transports as AuthenticatorTransportFuture[],
      },
      requireUserVerification,
    });
    if (!result.verified) return 'Assertion failed';
    device.sign_count = result.authenticationInfo.newCounter;
    return device;
  } catch (err) {
    console.warn(`[mfa] WebAuthn assertion failed: ${String(err)}`);
    return 'Assertion failed';
  }
}

// ---------------------------------------------------------------- setup stages

interface SetupState<D> {
  stage: string;
  device: D;
  options?: Record<string, unknown>;
}

/** The unconfirmed device of the current setup stage, created on first use. */
function setupState<D extends MfaDevice>(x: FlowExecution, create: () => D): SetupState<D> {
  const current = ctxOf(x)[MFA_CTX.setup] as SetupState<D> | undefined;
  if (current && current.stage === x.stage.pk) return current;
  const fresh: SetupState<D> = { stage: x.stage.pk, device: create() };
  ctxOf(x)[MFA_CTX.setup] = fresh;
  return fresh;
}

function finishSetup(x: FlowExecution, user: User, device: MfaDevice): Promise<Response> {
  addDevice(user, device);
  saveUser(x);
  delete ctxOf(x)[MFA_CTX.setup];
  return x.stageOk();
}

const friendlyName = (x: FlowExecution, fallback: string) =>
  x.stage.a.optStr('friendly_name') ?? fallback;

function codeOf(body: Record<string, unknown>): { code?: string; error?: ResponseErrors } {
  if (!('code' in body) || body.code === undefined) {
    return { error: errors('code', 'This field is required.', 'required') };
  }
  const code = typeof body.code === 'string' ? body.code.trim() : String(body.code);
  if (!code) return { error: errors('code', 'This field may not be blank.', 'blank') };
  return { code };
}

export const authenticatorTotp: View = {
  async get(x) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    return x.challenge(totpChallenge(x, user), true);
  },
  async post(x, body) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const challenge = totpChallenge(x, user);
    const { code, error } = codeOf(body);
    if (error) return x.challengeInvalid(challenge, error, true);
    const { device } = setupState<TotpDevice>(x, () => newTotpDevice(''));
    if (!verifyTotp(device, code!)) {
      return x.challengeInvalid(challenge, errors('code', 'Code does not match'), true);
    }
    return finishSetup(x, user, device);
  },
};

function totpChallenge(x: FlowExecution, user: User) {
  const digits = x.stage.a.num('digits', 6) === 8 ? 8 : 6;
  const { device } = setupState<TotpDevice>(x, () =>
    newTotpDevice(friendlyName(x, 'TOTP Device'), digits),
  );
  return {
    component: 'ak-stage-authenticator-totp',
    config_url: totpConfigUrl(device, user.username, x.state.brandTitle),
  };
}

export const authenticatorStatic: View = {
  async get(x) {
    if (!x.pendingStoredUser) return x.stageInvalid('No pending user.');
    return x.challenge(staticChallenge(x), true);
  },
  async post(x) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const { device } = setupState<StaticDevice>(x, () => newStaticDevice(''));
    return finishSetup(x, user, device);
  },
};

function staticChallenge(x: FlowExecution) {
  const a = x.stage.a;
  const { device } = setupState<StaticDevice>(x, () =>
    newStaticDevice(
      friendlyName(x, 'Static Token'),
      Math.max(1, a.num('token_count', 6)),
      Math.max(4, a.num('token_length', 12)),
    ),
  );
  return { component: 'ak-stage-authenticator-static', codes: [...device.tokens] };
}

async function registrationOptions(x: FlowExecution, user: User) {
  const a = x.stage.a;
  const attachment = a.optStr('authenticator_attachment');
  const existing = confirmedDevices(user).filter((d): d is WebAuthnDevice => d.type === 'webauthn');
  const options = await generateRegistrationOptions({
    rpName: x.state.brandTitle,
    rpID: rpId(x),
    userName: user.username,
    userID: new Uint8Array(Buffer.from(user.uuid)),
    userDisplayName: user.name || user.username,
    attestationType: 'none',
    excludeCredentials: existing.map((d) => ({
      id: d.credential_id,
      transports: d.transports as AuthenticatorTransportFuture[],
    })),
    authenticatorSelection: {
      residentKey: (['required', 'preferred', 'discouraged'].includes(
        a.str('resident_key_requirement'),
      )
        ? a.str('resident_key_requirement')
        : 'preferred') as ResidentKeyRequirement,
      userVerification: userVerification(a.str('user_verification', 'preferred')),
      ...(attachment === 'platform' || attachment === 'cross-platform'
        ? { authenticatorAttachment: attachment }
        : {}),
    },
  });
  return options as unknown as Record<string, unknown>;
}

export const authenticatorWebauthn: View = {
  async get(x) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const state = setupState<WebAuthnDevice>(x, () => placeholderWebauthn(x));
    state.options = await registrationOptions(x, user);
    return x.challenge(webauthnChallenge(state), true);
  },
  async post(x, body) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const state = setupState<WebAuthnDevice>(x, () => placeholderWebauthn(x));
    state.options ??= await registrationOptions(x, user);
    const challenge = webauthnChallenge(state);
    if (!isObject(body.response)) {
      return x.challengeInvalid(
        challenge,
        errors('response', 'This field is required.', 'required'),
        true,
      );
    }
    try {
      const result = await verifyRegistrationResponse({
        response: body.response as unknown as RegistrationResponseJSON,
        expectedChallenge: String(state.options.challenge),
        expectedOrigin: x.origin,
        expectedRPID: rpId(x),
        requireUserVerification: x.stage.a.str('user_verification') === 'required',
      });
      if (!result.verified) throw new Error('registration not verified');
      const { credential, aaguid } = result.registrationInfo;
      if (
        confirmedDevices(user).some(
          (d) => d.type === 'webauthn' && d.credential_id === credential.id,
        )
      ) {
        return x.challengeInvalid(challenge, errors('response', 'Device is already registered.'));
      }
      const device: WebAuthnDevice = {
        ...state.device,
        credential_id: credential.id,
        public_key: Buffer.from(credential.publicKey).toString('base64url'),
        sign_count: credential.counter,
        transports: credential.transports ?? [],
        aaguid,
      };
      return finishSetup(x, user, device);
    } catch (err) {
      console.warn(`[mfa] WebAuthn registration failed: ${String(err)}`);
      return x.challengeInvalid(
        challenge,
        errors('response', `Failed to register. Please try again. (${(err as Error).message})`),
        true,
      );
    }
  },
};

type ResidentKeyRequirement = 'required' | 'preferred' | 'discouraged';

function placeholderWebauthn(x: FlowExecution): WebAuthnDevice {
  return {
    pk: randomUUID(),
    name: friendlyName(x, 'WebAuthn Device'),
    confirmed: false,
    created: new Date().toISOString(),
    last_used: null,
    type: 'webauthn',
    credential_id: '',
    public_key: '',
    sign_count: 0,
    transports: [],
    aaguid: '',
  };
}

function webauthnChallenge(state: SetupState<WebAuthnDevice>) {
  return { component: 'ak-stage-authenticator-webauthn', registration: state.options ?? {} };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const authenticatorEmail: View = {
  async get(x) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const state = setupState<EmailDevice>(x, () =>
      newEmailDevice(friendlyName(x, 'Email Device'), ''),
    );
    if (!state.device.email && user.email && EMAIL.test(user.email)) {
      state.device.email = user.email;
      await sendEmailCode(x, state.device, x.stage);
    }
    return x.challenge(emailChallenge(state.device), true);
  },
  async post(x, body) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const state = setupState<EmailDevice>(x, () =>
      newEmailDevice(friendlyName(x, 'Email Device'), ''),
    );
    const device = state.device;
    if (typeof body.email === 'string' && body.email.trim() && !('code' in body)) {
      const email = body.email.trim();
      if (!EMAIL.test(email)) {
        return x.challengeInvalid(
          emailChallenge(device),
          errors('email', 'Enter a valid email address.'),
          true,
        );
      }
      device.email = email;
      await sendEmailCode(x, device, x.stage);
      return x.challenge(emailChallenge(device), true);
    }
    if (!device.email) {
      return x.challengeInvalid(
        emailChallenge(device),
        errors('email', 'This field is required.', 'required'),
        true,
      );
    }
    const { code, error } = codeOf(body);
    if (error) return x.challengeInvalid(emailChallenge(device), error, true);
    if (!useToken(device, code!)) {
      return x.challengeInvalid(
        emailChallenge(device),
        errors('code', 'Code does not match'),
        true,
      );
    }
    return finishSetup(x, user, device);
  },
};

function emailChallenge(device: EmailDevice) {
  return {
    component: 'ak-stage-authenticator-email',
    email: device.email ? maskEmail(device.email) : null,
    email_required: !device.email,
  };
}

// SMS setup (authentik's AuthenticatorSMSStageView): the phone number first (from the prompt
// stage's `phone` when there is one), a code texted to it, then the code.

const smsState = (x: FlowExecution) =>
  setupState<SmsDevice>(x, () => newSmsDevice(friendlyName(x, 'SMS Device'), x.stage.pk));

/** A number is used once per stage, by anyone (also as a `verify_only` hash). */
function numberTaken(x: FlowExecution, phoneNumber: string): boolean {
  const hashed = hashPhoneNumber(phoneNumber);
  return x.state.users
    .all()
    .some((u) =>
      confirmedDevices(u).some(
        (d) =>
          d.type === 'sms' &&
          d.stage === x.stage.pk &&
          (d.phone_number === phoneNumber || d.phone_number === hashed),
      ),
    );
}

/** A `phone` a prompt stage earlier in the flow collected. */
function promptPhone(x: FlowExecution): string | undefined {
  const prompt = x.plan.context[CTX.prompt];
  const phone = isObject(prompt) && typeof prompt.phone === 'string' ? prompt.phone.trim() : '';
  return phone || undefined;
}

export const authenticatorSms: View = {
  async get(x) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    // authentik keeps one SMS device per user: a user who has one skips the stage.
    if (confirmedDevices(user).some((d) => d.type === 'sms')) return x.stageOk();
    const { device } = smsState(x);
    const phone = promptPhone(x);
    if (!device.phone_number && phone && !numberTaken(x, phone)) {
      device.phone_number = phone;
      sendSmsCode(x, device);
    }
    return x.challenge(smsChallenge(device), true);
  },
  async post(x, body) {
    const user = x.pendingStoredUser;
    if (!user) return x.stageInvalid('No pending user.');
    const { device } = smsState(x);
    const invalid = (error: ResponseErrors) =>
      x.challengeInvalid(smsChallenge(device), error, true);
    if (!('code' in body) || body.code === undefined) {
      if (body.phone_number === undefined || body.phone_number === null) {
        return invalid(errors('phone_number', 'This field is required.', 'required'));
      }
      const phone = String(body.phone_number).trim();
      if (!phone) return invalid(errors('phone_number', 'This field may not be blank.', 'blank'));
      if (numberTaken(x, phone)) return invalid(errors(NON_FIELD, 'Invalid phone number'));
      device.phone_number = phone;
      sendSmsCode(x, device);
      return x.challenge(smsChallenge(device), true);
    }
    if (!device.phone_number) {
      return invalid(errors('phone_number', 'This field is required.', 'required'));
    }
    const { code, error } = codeOf(body);
    if (error) return invalid(error);
    if (!/^\d+$/.test(code!)) return invalid(errors('code', 'A valid integer is required.'));
    if (!useToken(device, code!)) return invalid(errors('code', 'Code does not match'));
    if (x.stage.a.bool('verify_only', false)) {
      device.phone_number = hashPhoneNumber(device.phone_number);
    }
    return finishSetup(x, user, device);
  },
};

function smsChallenge(device: SmsDevice) {
  return { component: 'ak-stage-authenticator-sms', phone_number_required: !device.phone_number };
}

// ---------------------------------------------------------------- passkeys (identification)

/**
 * The identification challenge's `passkey_challenge`: discoverable-credential request options
 * when the stage has a `webauthn_stage`, else null. A GET makes a new challenge; a POST keeps the
 * one the browser is answering.
 */
export function passkeyChallenge(x: FlowExecution): Record<string, unknown> | null {
  const webauthnStage = x.state.catalog.stage(x.stage.a.optStr('webauthn_stage'));
  if (!webauthnStage) return null;
  const stored = ctxOf(x)[MFA_CTX.passkey] as Record<string, unknown> | undefined;
  if (stored && x.req.method === 'POST') return stored;
  const options = {
    challenge: randomBytes(32).toString('base64url'),
    timeout: 60000,
    rpId: rpId(x),
    allowCredentials: [],
    userVerification: userVerification(webauthnStage.a.str('user_verification', 'preferred')),
  };
  ctxOf(x)[MFA_CTX.passkey] = options;
  return options;
}

/** Identification with `passkey`: the credential names the user; no password, no more MFA. */
export async function passkeyLogin(
  x: FlowExecution,
  data: Record<string, unknown>,
  challenge: () => { component: string },
): Promise<Response> {
  const options = ctxOf(x)[MFA_CTX.passkey] as { challenge?: string } | undefined;
  const id = typeof data.id === 'string' ? data.id : '';
  const owner = x.state.users
    .all()
    .find(
      (u) =>
        u.is_active &&
        confirmedDevices(u).some((d) => d.type === 'webauthn' && d.credential_id === id),
    );
  const fail = () => x.challengeInvalid(challenge(), errors(NON_FIELD, 'Failed to authenticate.'));
  if (!owner || !options?.challenge) return fail();
  const saved = ctxOf(x)[MFA_CTX.webauthnChallenge];
  ctxOf(x)[MFA_CTX.webauthnChallenge] = options.challenge;
  const result = await verifyAssertion(x, owner, data, false);
  if (saved === undefined) delete ctxOf(x)[MFA_CTX.webauthnChallenge];
  else ctxOf(x)[MFA_CTX.webauthnChallenge] = saved;
  if (typeof result === 'string') return fail();
  touch(result);
  saveUser(x);
  delete ctxOf(x)[MFA_CTX.passkey];
  x.plan.context[CTX.pendingUser] = toPending(owner);
  x.plan.context[AUTH_METHOD] = PASSKEY_METHOD;
  return x.stageOk();
}
