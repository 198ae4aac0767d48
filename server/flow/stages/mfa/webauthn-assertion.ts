// WebAuthn assertions (sign-in with a registered credential), for the validation stage and
// passkeys, with @simplewebauthn/server.
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
} from '@simplewebauthn/server';
import { confirmedDevices, type WebAuthnDevice } from '../../../model/devices.js';
import type { User } from '../../../model/users.js';
import type { StageContext } from '../../context.js';
import { MFA_CTX, rpId } from './shared.js';

export function userVerification(value: string): 'required' | 'preferred' | 'discouraged' {
  return value === 'required' || value === 'discouraged' ? value : 'preferred';
}

export async function verifyAssertion(
  ctx: StageContext,
  user: User | undefined,
  data: Record<string, unknown>,
  requireUserVerification = ctx.stage.a.str('webauthn_user_verification') === 'required',
): Promise<WebAuthnDevice | string> {
  const id = typeof data.id === 'string' ? data.id : '';
  const device = confirmedDevices(user).find(
    (d): d is WebAuthnDevice => d.type === 'webauthn' && d.credential_id === id,
  );
  const expected = ctx.plan.context[MFA_CTX.webauthnChallenge];
  if (!device || typeof expected !== 'string') return 'Invalid device';
  try {
    const result = await verifyAuthenticationResponse({
      response: data as unknown as AuthenticationResponseJSON,
      expectedChallenge: expected,
      expectedOrigin: ctx.origin,
      expectedRPID: rpId(ctx),
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
