// WebAuthn for the MFA stages and passkey login: base64url ↔ ArrayBuffer, the server's JSON
// options (PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON, as authentik's py_webauthn
// and @simplewebauthn/server emit them) to the browser's objects, credentials back to JSON, and
// conditional mediation (passkey autofill) for the identification stage.
import { msg } from '@lit/localize';

type Json = Record<string, unknown>;

/** base64url (padding optional) → ArrayBuffer. Throws on characters outside the alphabet. */
export function base64urlToBuffer(value: string): ArrayBuffer {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(value)) throw new TypeError('not base64url');
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** ArrayBuffer or a view → base64url without padding. */
export function bufferToBase64url(value: ArrayBuffer | ArrayBufferView): string {
  const bytes =
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const descriptors = (list: unknown): PublicKeyCredentialDescriptor[] =>
  (Array.isArray(list) ? list : []).map((d: Json) => ({
    type: 'public-key',
    id: base64urlToBuffer(str(d.id)),
    ...(Array.isArray(d.transports)
      ? { transports: d.transports as AuthenticatorTransport[] }
      : {}),
  }));

/** The server's registration JSON → options for `navigator.credentials.create`. */
export function toCreationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const user = (json.user ?? {}) as Json;
  return {
    ...(json as object),
    challenge: base64urlToBuffer(str(json.challenge)),
    user: {
      ...(user as object),
      id: base64urlToBuffer(str(user.id)),
      name: str(user.name),
      displayName: str(user.displayName),
    },
    excludeCredentials: descriptors(json.excludeCredentials),
  } as PublicKeyCredentialCreationOptions;
}

/** The server's authentication JSON → options for `navigator.credentials.get`. */
export function toRequestOptions(json: Json): PublicKeyCredentialRequestOptions {
  const options = {
    ...(json as object),
    challenge: base64urlToBuffer(str(json.challenge)),
    allowCredentials: descriptors(json.allowCredentials),
  } as PublicKeyCredentialRequestOptions & Json;
  // An empty list would forbid every credential in some browsers: leave it out.
  if (!options.allowCredentials?.length) delete options.allowCredentials;
  return options;
}

function extensions(credential: PublicKeyCredential): Json {
  try {
    return { ...credential.getClientExtensionResults() } as Json;
  } catch {
    return {};
  }
}

/** A new credential (create) as RegistrationResponseJSON. */
export function attestationToJSON(credential: PublicKeyCredential): Json {
  const response = credential.response as AuthenticatorAttestationResponse;
  const transports =
    typeof response.getTransports === 'function' ? response.getTransports() : undefined;
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: bufferToBase64url(response.clientDataJSON),
      attestationObject: bufferToBase64url(response.attestationObject),
      ...(transports ? { transports } : {}),
    },
    clientExtensionResults: extensions(credential),
    ...(credential.authenticatorAttachment
      ? { authenticatorAttachment: credential.authenticatorAttachment }
      : {}),
  };
}

/** An assertion (get) as AuthenticationResponseJSON. */
export function assertionToJSON(credential: PublicKeyCredential): Json {
  const response = credential.response as AuthenticatorAssertionResponse;
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: bufferToBase64url(response.clientDataJSON),
      authenticatorData: bufferToBase64url(response.authenticatorData),
      signature: bufferToBase64url(response.signature),
      ...(response.userHandle ? { userHandle: bufferToBase64url(response.userHandle) } : {}),
    },
    clientExtensionResults: extensions(credential),
    ...(credential.authenticatorAttachment
      ? { authenticatorAttachment: credential.authenticatorAttachment }
      : {}),
  };
}

export function webauthnSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    !!window.PublicKeyCredential &&
    !!navigator.credentials &&
    window.isSecureContext
  );
}

/** Registers a credential: `navigator.credentials.create` with the server's options. */
export async function createCredential(json: Json, signal?: AbortSignal): Promise<Json> {
  const credential = (await navigator.credentials.create({
    publicKey: toCreationOptions(json),
    signal,
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('No credential', 'NotAllowedError');
  return attestationToJSON(credential);
}

/** Asks for an assertion: `navigator.credentials.get` with the server's options. */
export async function getAssertion(json: Json, signal?: AbortSignal): Promise<Json> {
  const credential = (await navigator.credentials.get({
    publicKey: toRequestOptions(json),
    signal,
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('No credential', 'NotAllowedError');
  return assertionToJSON(credential);
}

/** A message for a failed WebAuthn call; NotAllowedError is a cancelled or timed-out prompt. */
export function webauthnErrorMessage(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
      return msg('The request was cancelled or timed out. Try again when you are ready.');
    case 'InvalidStateError':
      return msg('This security key is already registered. Use a different one.');
    case 'SecurityError':
      return msg('Security keys cannot be used on this site address.');
    case 'NotSupportedError':
      return msg('This browser or security key does not support the requested method.');
    case 'AbortError':
      return msg('The request was cancelled.');
    default:
      return webauthnSupported()
        ? msg('The security key could not be used. Try again.')
        : msg('This browser does not support security keys on this page.');
  }
}

// ---------------------------------------------------------------- passkeys (identification)

/** Whether the browser can offer passkeys in the username field's autofill. */
export async function conditionalMediationAvailable(): Promise<boolean> {
  const pkc = typeof window !== 'undefined' ? window.PublicKeyCredential : undefined;
  if (!pkc || typeof pkc.isConditionalMediationAvailable !== 'function') return false;
  try {
    return await pkc.isConditionalMediationAvailable();
  } catch {
    return false;
  }
}

/**
 * Starts passkey autofill: `navigator.credentials.get({mediation: 'conditional'})` with the
 * identification challenge's `passkey_challenge`. Resolves with the assertion JSON when the user
 * picks a passkey, or null when unavailable, aborted (abort `signal` when the stage goes away or
 * the user submits a username) or refused. The username input needs
 * `autocomplete="username webauthn"`.
 */
export async function startPasskeyAutofill(
  passkeyChallenge: Json | null | undefined,
  signal: AbortSignal,
): Promise<Json | null> {
  if (!passkeyChallenge || !(await conditionalMediationAvailable()) || signal.aborted) return null;
  try {
    const credential = (await navigator.credentials.get({
      mediation: 'conditional',
      publicKey: toRequestOptions(passkeyChallenge),
      signal,
    } as CredentialRequestOptions)) as PublicKeyCredential | null;
    return credential ? assertionToJSON(credential) : null;
  } catch {
    return null;
  }
}

/** The identification answer for a passkey: `{component, passkey}` (IdentificationChallengeResponseRequest). */
export function passkeyResponse(assertion: Json): {
  component: 'ak-stage-identification';
  passkey: Json;
} {
  return { component: 'ak-stage-identification', passkey: assertion };
}
