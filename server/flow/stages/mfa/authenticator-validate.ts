// authentik's AuthenticatorValidateStageView: one challenge per device class the user has (a new
// WebAuthn challenge, a code sent when an email/SMS device is picked), or, with no device,
// `not_configured_action`: skip, deny, or configure (the chosen setup stage is inserted).
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import type { AuthenticatorTransportFuture } from '@simplewebauthn/server';
import { INSERTED_BINDING, type StageDef } from '../../../blueprints/models.js';
import {
  DEVICE_CLASSES,
  confirmedDevices,
  isHashed,
  touch,
  useStaticToken,
  useToken,
  verifyTotp,
  type MfaDevice,
  type WebAuthnDevice,
} from '../../../model/devices.js';
import { maskEmail } from '../../../model/email.js';
import type { User } from '../../../model/users.js';
import { NON_FIELD, errors, type ResponseErrors } from '../../challenge.js';
import type { StageContext, StageView } from '../../context.js';
import { emailStageOf, sendEmailCode, sendSmsCode } from './code-delivery.js';
import {
  AUTH_METHOD,
  MFA_CTX,
  PASSKEY_METHOD,
  SETUP_MODELS,
  field,
  isObject,
  rpId,
  saveUser,
  type DeviceChallenge,
} from './shared.js';
import { userVerification, verifyAssertion } from './webauthn-assertion.js';
import { _ } from '../../../i18n/index.js';

function allowedClasses(stage: StageDef): string[] {
  const list = stage.a.list('device_classes').map(String);
  return list.length ? list : [...DEVICE_CLASSES];
}

async function webauthnOptions(ctx: StageContext, devices: WebAuthnDevice[]) {
  const options = await generateAuthenticationOptions({
    rpID: rpId(ctx),
    allowCredentials: devices.map((d) => ({
      id: d.credential_id,
      transports: d.transports as AuthenticatorTransportFuture[],
    })),
    userVerification: userVerification(ctx.stage.a.str('webauthn_user_verification', 'preferred')),
  });
  ctx.plan.context[MFA_CTX.webauthnChallenge] = options.challenge;
  return options as unknown as Record<string, unknown>;
}

/**
 * The user's devices this validation stage accepts. An SMS device of a `verify_only` stage keeps
 * only the hash of its number and can never receive a code (authentik's SMSChallenger).
 */
function validatableDevices(ctx: StageContext, user: User | undefined): MfaDevice[] {
  const allowed = allowedClasses(ctx.stage);
  return confirmedDevices(user).filter(
    (d) => allowed.includes(d.type) && !(d.type === 'sms' && isHashed(d)),
  );
}

/** One challenge per device class; WebAuthn's lists every WebAuthn device of the user. */
async function deviceChallenges(ctx: StageContext, user: User): Promise<DeviceChallenge[]> {
  const devices = validatableDevices(ctx, user);
  const out: DeviceChallenge[] = [];
  for (const cls of DEVICE_CLASSES) {
    const first = devices.find((d) => d.type === cls);
    if (!first) continue;
    const challenge =
      cls === 'webauthn'
        ? await webauthnOptions(
            ctx,
            devices.filter((d): d is WebAuthnDevice => d.type === 'webauthn'),
          )
        : codeHints(first);
    out.push({ device_class: cls, device_uid: first.pk, challenge, last_used: first.last_used });
  }
  return out;
}

/**
 * get_challenge_for_device for the code classes: an email device shows where its code goes,
 * masked (`{"email": "m*****@c******.org"}`); TOTP, static and SMS have no hints (`{}`).
 */
function codeHints(device: MfaDevice): Record<string, unknown> {
  if (device.type === 'email') return { email: device.email ? maskEmail(device.email) : null };
  return {};
}

function selectableStages(ctx: StageContext): Record<string, unknown>[] {
  const pks = (ctx.plan.context[MFA_CTX.stages] ?? []) as string[];
  return pks.flatMap((pk) => {
    const stage = ctx.state.catalog.stage(pk);
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

function validateChallenge(ctx: StageContext) {
  return {
    component: 'ak-stage-authenticator-validate',
    device_challenges: (ctx.plan.context[MFA_CTX.deviceChallenges] ?? []) as DeviceChallenge[],
    configuration_stages: selectableStages(ctx),
  };
}

/** FlowPlan.insert_stage: the stage runs right after the current one. */
function insertStage(ctx: StageContext, stagePk: string): void {
  ctx.plan.bindings.splice(1, 0, INSERTED_BINDING + stagePk);
  ctx.plan.reevaluate.splice(1, 0, false);
}

function configurationStages(ctx: StageContext): string[] {
  return ctx.stage.a
    .list('configuration_stages')
    .map(String)
    .filter((pk) => !!ctx.state.catalog.stage(pk));
}

function cleanupValidate(ctx: StageContext): void {
  for (const key of [
    MFA_CTX.deviceChallenges,
    MFA_CTX.stages,
    MFA_CTX.selected,
    MFA_CTX.webauthnChallenge,
  ]) {
    delete ctx.plan.context[key];
  }
}

export const authenticatorValidate: StageView = {
  async get(ctx) {
    // A passkey (identification stage) already was a second factor.
    if (ctx.plan.context[AUTH_METHOD] === PASSKEY_METHOD) return ctx.stageOk();
    const pending = ctx.pendingUser;
    if (!pending) return ctx.stageOk();
    const user = ctx.pendingStoredUser;
    const challenges = user ? await deviceChallenges(ctx, user) : [];
    ctx.plan.context[MFA_CTX.deviceChallenges] = challenges;
    delete ctx.plan.context[MFA_CTX.stages];
    if (!challenges.length) {
      const action = ctx.stage.a.str('not_configured_action', 'skip');
      if (action === 'skip') {
        cleanupValidate(ctx);
        return ctx.stageOk();
      }
      if (action === 'configure') {
        const stages = configurationStages(ctx);
        if (!stages.length || !user) {
          return ctx.stageInvalid(_('No (allowed) MFA authenticator configured.'));
        }
        if (stages.length === 1) {
          cleanupValidate(ctx);
          insertStage(ctx, stages[0]!);
          return ctx.stageOk();
        }
        ctx.plan.context[MFA_CTX.stages] = stages;
      } else {
        return ctx.stageInvalid(_('No (allowed) MFA authenticator configured.'));
      }
    }
    return ctx.challenge(validateChallenge(ctx), true);
  },

  async post(ctx, body) {
    const user = ctx.pendingStoredUser;
    const challenges = (ctx.plan.context[MFA_CTX.deviceChallenges] ?? []) as DeviceChallenge[];
    const challenge = validateChallenge(ctx);
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
        ctx.plan.context[MFA_CTX.selected] = found.device_uid;
        // The side-channel classes send a fresh code when picked (DeviceChallenger.initiate).
        const device = validatableDevices(ctx, user).find(
          (d) => d.type === found.device_class && d.pk === found.device_uid,
        );
        if (device?.type === 'email') await sendEmailCode(ctx, device, emailStageOf(ctx));
        else if (device?.type === 'sms') sendSmsCode(ctx, device);
      }
    }
    if ('selected_stage' in body) {
      const pk = String(body.selected_stage ?? '');
      const stages = (ctx.plan.context[MFA_CTX.stages] ?? []) as string[];
      if (!stages.includes(pk)) fieldErrors.selected_stage = field(_('Selected stage is invalid'));
      else selectedStage = pk;
    }
    if ('code' in body) {
      const code = typeof body.code === 'string' ? body.code : '';
      if (!code) fieldErrors.code = field(_('This field may not be blank.'), 'blank');
      else if (!allowedHere(['totp', 'static', 'sms', 'email'])) {
        fieldErrors.code = field(_('No compatible device class allowed'));
      } else {
        matched = matchCode(ctx, user, code);
        if (!matched) fieldErrors.code = field(_('Invalid Token'));
      }
    }
    if ('webauthn' in body) {
      if (!allowedHere(['webauthn'])) {
        fieldErrors.webauthn = field(_('No compatible device class allowed'));
      } else if (!isObject(body.webauthn)) {
        fieldErrors.webauthn = field(_('Value must be valid JSON.'));
      } else {
        const result = await verifyAssertion(ctx, user, body.webauthn);
        if (typeof result === 'string') fieldErrors.webauthn = field(result);
        else matched = result;
      }
    }
    if ('duo' in body) fieldErrors.duo = field(_('No compatible device class allowed'));

    if (
      selectedStage &&
      ctx.stage.a.str('not_configured_action', 'skip') === 'configure' &&
      !challenges.length
    ) {
      cleanupValidate(ctx);
      insertStage(ctx, selectedStage);
      return ctx.stageOk();
    }
    if (Object.keys(fieldErrors).length) return ctx.challengeInvalid(challenge, fieldErrors, true);
    if (!matched)
      return ctx.challengeInvalid(challenge, errors(NON_FIELD, _('Empty response')), true);
    touch(matched);
    saveUser(ctx);
    ctx.plan.context[AUTH_METHOD] ??= 'auth_mfa';
    cleanupValidate(ctx);
    return ctx.stageOk();
  },
};

/** authentik's match_token: every code device of the user, on purpose. */
function matchCode(ctx: StageContext, user: User | undefined, code: string): MfaDevice | undefined {
  if (!user) return undefined;
  for (const device of validatableDevices(ctx, user)) {
    if (device.type === 'totp' && verifyTotp(device, code)) return device;
    if (device.type === 'static' && useStaticToken(device, code)) return device;
    if ((device.type === 'email' || device.type === 'sms') && useToken(device, code)) {
      return device;
    }
  }
  return undefined;
}
