// authentik's AuthenticatorWebAuthnStageView: registration options, then the browser's
// attestation verified with @simplewebauthn/server (rpID: the request's host).
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import type {
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { randomUUID } from 'node:crypto';
import { confirmedDevices, type WebAuthnDevice } from '../../../model/devices.js';
import type { User } from '../../../model/users.js';
import { errors } from '../../challenge.js';
import type { StageContext, StageView } from '../../context.js';
import { finishSetup, friendlyName, setupState, type SetupState } from './setup.js';
import { isObject, rpId } from './shared.js';
import { userVerification } from './webauthn-assertion.js';
import { _ } from '../../../i18n/index.js';

async function registrationOptions(ctx: StageContext, user: User) {
  const a = ctx.stage.a;
  const attachment = a.optStr('authenticator_attachment');
  const existing = confirmedDevices(user).filter((d): d is WebAuthnDevice => d.type === 'webauthn');
  const options = await generateRegistrationOptions({
    rpName: ctx.state.brandTitle,
    rpID: rpId(ctx),
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

export const authenticatorWebauthn: StageView = {
  async get(ctx) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const state = setupState<WebAuthnDevice>(ctx, () => placeholderWebauthn(ctx));
    state.options = await registrationOptions(ctx, user);
    return ctx.challenge(webauthnChallenge(state), true);
  },
  async post(ctx, body) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const state = setupState<WebAuthnDevice>(ctx, () => placeholderWebauthn(ctx));
    state.options ??= await registrationOptions(ctx, user);
    const challenge = webauthnChallenge(state);
    if (!isObject(body.response)) {
      return ctx.challengeInvalid(
        challenge,
        errors('response', _('This field is required.'), 'required'),
        true,
      );
    }
    try {
      const result = await verifyRegistrationResponse({
        response: body.response as unknown as RegistrationResponseJSON,
        expectedChallenge: String(state.options.challenge),
        expectedOrigin: ctx.origin,
        expectedRPID: rpId(ctx),
        requireUserVerification: ctx.stage.a.str('user_verification') === 'required',
      });
      if (!result.verified) throw new Error('registration not verified');
      const { credential, aaguid } = result.registrationInfo;
      if (
        confirmedDevices(user).some(
          (d) => d.type === 'webauthn' && d.credential_id === credential.id,
        )
      ) {
        return ctx.challengeInvalid(
          challenge,
          errors('response', _('Device is already registered.')),
        );
      }
      const device: WebAuthnDevice = {
        ...state.device,
        credential_id: credential.id,
        public_key: Buffer.from(credential.publicKey).toString('base64url'),
        sign_count: credential.counter,
        transports: credential.transports ?? [],
        aaguid,
      };
      return finishSetup(ctx, user, device);
    } catch (err) {
      console.warn(`[mfa] WebAuthn registration failed: ${String(err)}`);
      return ctx.challengeInvalid(
        challenge,
        errors('response', `Failed to register. Please try again. (${(err as Error).message})`),
        true,
      );
    }
  },
};

type ResidentKeyRequirement = 'required' | 'preferred' | 'discouraged';

function placeholderWebauthn(ctx: StageContext): WebAuthnDevice {
  return {
    pk: randomUUID(),
    name: friendlyName(ctx, 'WebAuthn Device'),
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
