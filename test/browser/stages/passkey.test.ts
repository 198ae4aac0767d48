// Passkeys in ak-stage-identification: WebAuthn conditional mediation (autofill) started for a
// challenge's `passkey_challenge`. navigator.credentials.get and
// PublicKeyCredential.isConditionalMediationAvailable are stubbed: the stub records each call and,
// like the browser, rejects with AbortError when the request's signal aborts. A check that get
// was NOT called first awaits `quiet(el)`: the point after which the stage can no longer call it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/stages/kit/registry.js';
import { PasskeyAutofillController } from '../../../components/stages/kit/controllers/passkey-autofill.js';
import type { AkStageIdentification } from '../../../components/stages/identification/ak-stage-identification.js';
import type { IdentificationChallenge } from '../../../components/stages/identification/types.js';
import type { Challenge } from '../../../src/challenges.js';
import { collect, loadFixture, mountStage, rootOf, submitForm, type } from './shared-suite.js';

interface GetCall {
  options: CredentialRequestOptions;
  /** The username input's autocomplete at the time of the call ('' when not rendered). */
  autocomplete: string;
  resolve(credential: unknown): void;
}

const PASSKEY_CHALLENGE = {
  challenge: 'AAECAwQFBgcICQoLDA0ODw',
  timeout: 60000,
  rpId: 'localhost',
  allowCredentials: [{ id: 'CQgH', type: 'public-key', transports: ['internal'] }],
  userVerification: 'preferred',
};

const bytes = (b: ArrayBuffer | ArrayBufferView | undefined): number[] =>
  b instanceof ArrayBuffer
    ? Array.from(new Uint8Array(b))
    : b
      ? Array.from(new Uint8Array(b.buffer, b.byteOffset, b.byteLength))
      : [];

const buffer = (values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

/** A PublicKeyCredential as `get` resolves it, and the JSON the stage must send for it. */
function fakeAssertion() {
  const credential = {
    id: 'CQgH',
    rawId: buffer([9, 8, 7]),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    getClientExtensionResults: () => ({}),
    response: {
      clientDataJSON: buffer([1, 2, 3]),
      authenticatorData: buffer([4, 5, 6]),
      signature: buffer([7, 8, 9]),
      userHandle: buffer([10, 11]),
    },
  };
  const json = {
    id: 'CQgH',
    rawId: 'CQgH',
    type: 'public-key',
    response: {
      clientDataJSON: 'AQID',
      authenticatorData: 'BAUG',
      signature: 'BwgJ',
      userHandle: 'Cgs',
    },
    clientExtensionResults: {},
    authenticatorAttachment: 'platform',
  };
  return { credential, json };
}

/** One request the autofill controller started (its private `run`): get called or returned. */
interface Run {
  signal: AbortSignal;
  decided: Promise<void>;
  decide(): void;
}

type RunFn = (options: unknown, controller: AbortController) => Promise<void>;
const controllerProto = PasskeyAutofillController.prototype as unknown as { run: RunFn };
const originalRun = controllerProto.run;
// The checks of absence rely on this wrap: a renamed method must fail here, not pass vacuously.
if (typeof originalRun !== 'function') throw new Error('PasskeyAutofillController.run is gone');

let calls: GetCall[] = [];
let runs: Run[] = [];
/** isConditionalMediationAvailable calls. */
let asked = 0;
let available = true;
let restore: () => void = () => {};

function installStubs(): void {
  calls = [];
  runs = [];
  asked = 0;
  available = true;
  // Every request the controller starts is recorded; it is decided when it called get (below)
  // or returned without calling it (aborted, unavailable, no options).
  controllerProto.run = function (this: unknown, options, controller) {
    let decide = () => {};
    const decided = new Promise<void>((r) => (decide = r));
    runs.push({ signal: controller.signal, decided, decide });
    const running = originalRun.call(this, options, controller);
    running.then(decide, decide);
    return running;
  };
  const container = navigator.credentials;
  const pkc = window.PublicKeyCredential as unknown as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(pkc, 'isConditionalMediationAvailable');
  Object.defineProperty(container, 'get', {
    configurable: true,
    writable: true,
    value: (options: CredentialRequestOptions) =>
      new Promise((resolve, reject) => {
        const host = Array.from(document.querySelectorAll('ak-stage-identification')).at(-1);
        const input = (host?.shadowRoot ?? host)?.querySelector<HTMLInputElement>(
          'input[name="username"]',
        );
        calls.push({ options, autocomplete: input?.getAttribute('autocomplete') ?? '', resolve });
        runs.find((r) => r.signal === options.signal)?.decide();
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      }),
  });
  Object.defineProperty(pkc, 'isConditionalMediationAvailable', {
    configurable: true,
    writable: true,
    value: () => {
      asked++;
      return Promise.resolve(available);
    },
  });
  restore = () => {
    controllerProto.run = originalRun;
    delete (container as unknown as Record<string, unknown>).get;
    if (original) Object.defineProperty(pkc, 'isConditionalMediationAvailable', original);
    else delete pkc.isConditionalMediationAvailable;
  };
}

async function passkeyChallenge(
  extra: Partial<IdentificationChallenge> = {},
): Promise<IdentificationChallenge> {
  const base = (await loadFixture('ak-stage-identification')) as unknown as IdentificationChallenge;
  return { ...base, passkey_challenge: structuredClone(PASSKEY_CHALLENGE), ...extra };
}

const mount = (c: IdentificationChallenge, light = false) =>
  mountStage<AkStageIdentification>(c as unknown as Challenge, light);

/**
 * Resolves when `el` can no longer call navigator.credentials.get until something new happens (a
 * render, a reconnect, a submit, a challenge): no render pending, the autofill chunk (loaded from
 * `updated()` into the private `passkeys`) loaded and connected, and every request it started
 * decided, having called get or returned without. A request is only ever started from the
 * controller's host callbacks, which have all run by then.
 */
async function quiet(el: AkStageIdentification): Promise<void> {
  let started: number;
  do {
    started = runs.length;
    await el.updateComplete;
    const loading = (el as unknown as { passkeys?: unknown }).passkeys;
    if (loading instanceof Promise) await loading;
    await Promise.all(runs.map((r) => r.decided));
  } while (runs.length !== started); // a request started meanwhile: wait for it too
}

const waitForCalls = (n: number) =>
  waitUntil(() => calls.length >= n, `navigator.credentials.get called ${n} time(s)`, {
    timeout: 3000,
  });

describe('ak-stage-identification: passkey autofill', () => {
  beforeEach(installStubs);
  afterEach(() => restore());

  it('asks for a passkey with conditional mediation and the challenge options', async () => {
    const el = await mount(await passkeyChallenge());
    await waitForCalls(1);
    const { options, autocomplete } = calls[0];
    expect(options.mediation).to.equal('conditional');
    expect(autocomplete, 'the input is rendered before autofill starts').to.equal(
      'username webauthn',
    );
    const publicKey = options.publicKey!;
    expect(bytes(publicKey.challenge as ArrayBuffer)).to.deep.equal([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(publicKey.rpId).to.equal('localhost');
    expect(publicKey.timeout).to.equal(60000);
    expect(publicKey.userVerification).to.equal('preferred');
    expect(publicKey.allowCredentials).to.have.length(1);
    const allowed = publicKey.allowCredentials![0];
    expect(allowed.type).to.equal('public-key');
    expect(bytes(allowed.id as ArrayBuffer)).to.deep.equal([9, 8, 7]);
    expect(allowed.transports).to.deep.equal(['internal']);
    expect(options.signal instanceof AbortSignal).to.equal(true);
    expect(options.signal!.aborted).to.equal(false);
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!;
    expect(input.getAttribute('autocomplete')).to.equal('username webauthn');
    await quiet(el);
    expect(calls, 'one request for one challenge').to.have.length(1);
  });

  it('submits the passkey the user picked', async () => {
    const el = await mount(await passkeyChallenge());
    const seen = collect(el);
    await waitForCalls(1);
    const { credential, json } = fakeAssertion();
    calls[0].resolve(credential);
    await waitUntil(() => seen.length === 1, 'ak-stage-submit', { timeout: 3000 });
    expect(seen[0].response).to.deep.equal({ component: 'ak-stage-identification', passkey: json });
    expect(el.busy).to.equal(true);
  });

  it('aborts the pending request before a username is submitted', async () => {
    const el = await mount(await passkeyChallenge());
    await waitForCalls(1);
    const signal = calls[0].options.signal!;
    let abortedAtSubmit: boolean | undefined;
    el.addEventListener('ak-stage-submit', () => (abortedAtSubmit = signal.aborted));
    const seen = collect(el);
    type(rootOf(el), 'input[name="username"]', 'jane');
    type(rootOf(el), 'input[name="password"]', 'secret');
    submitForm(rootOf(el));
    expect(abortedAtSubmit).to.equal(true);
    expect(seen[0].response).to.deep.equal({
      component: 'ak-stage-identification',
      uid_field: 'jane',
      password: 'secret',
    });
    await quiet(el);
    expect(calls, 'no new request while the submit is pending').to.have.length(1);
  });

  it('aborts when the stage leaves the page, and asks again when it comes back', async () => {
    const el = await mount(await passkeyChallenge());
    await waitForCalls(1);
    const parent = el.parentElement!;
    el.remove();
    expect(calls[0].options.signal!.aborted).to.equal(true);
    parent.append(el);
    await waitForCalls(2);
    expect(calls[1].options.signal!.aborted).to.equal(false);
    el.remove();
    expect(calls[1].options.signal!.aborted).to.equal(true);
  });

  it('restarts autofill when a failed passkey comes back with a new challenge', async () => {
    const el = await mount(await passkeyChallenge());
    const seen = collect(el);
    await waitForCalls(1);
    calls[0].resolve(fakeAssertion().credential);
    await waitUntil(() => seen.length === 1, 'ak-stage-submit', { timeout: 3000 });
    // As the executor does: the same element, a new challenge object, no longer pending.
    el.challenge = await passkeyChallenge({
      response_errors: {
        non_field_errors: [{ string: 'Failed to authenticate.', code: 'invalid' }],
      },
    });
    el.pending = false;
    await el.updateComplete;
    expect(rootOf(el).querySelector('[part="errors"]')!.textContent).to.contain(
      'Failed to authenticate.',
    );
    await waitForCalls(2);
    expect(calls[1].options.mediation).to.equal('conditional');
    expect(calls[1].options.signal === calls[0].options.signal).to.equal(false);
    expect(calls[1].options.signal!.aborted).to.equal(false);
    calls[1].resolve(fakeAssertion().credential);
    await waitUntil(() => seen.length === 2, 'second ak-stage-submit', { timeout: 3000 });
    expect(seen[1].response.passkey).to.deep.equal(fakeAssertion().json);
  });

  it('aborts the old request when a new challenge arrives', async () => {
    const el = await mount(await passkeyChallenge());
    await waitForCalls(1);
    el.challenge = await passkeyChallenge({ pending_user_identifier: 'jane' });
    await el.updateComplete;
    expect(calls[0].options.signal!.aborted).to.equal(true);
    await waitForCalls(2);
    expect(calls[1].options.signal!.aborted).to.equal(false);
    // A challenge without passkeys: nothing pending, the input is a plain username field.
    el.challenge = await passkeyChallenge({ passkey_challenge: null });
    await el.updateComplete;
    expect(calls[1].options.signal!.aborted).to.equal(true);
    const input = rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!;
    expect(input.getAttribute('autocomplete')).to.equal('username');
    await quiet(el);
    expect(calls, 'no request for a challenge without passkeys').to.have.length(2);
  });

  it('asks nothing without a passkey_challenge', async () => {
    for (const passkey of [null, undefined]) {
      const c = await passkeyChallenge();
      if (passkey === undefined) delete c.passkey_challenge;
      else c.passkey_challenge = passkey;
      const el = await mount(c);
      const input = rootOf(el).querySelector<HTMLInputElement>('input[name="username"]')!;
      expect(input.getAttribute('autocomplete')).to.equal('username');
      await quiet(el);
    }
    expect(calls).to.have.length(0);
  });

  it('asks nothing when the browser has no passkey autofill', async () => {
    available = false;
    const el = await mount(await passkeyChallenge());
    await quiet(el);
    expect(asked, 'the browser was asked').to.equal(1);
    expect(calls).to.have.length(0);
    // The form still works.
    const seen = collect(el);
    type(rootOf(el), 'input[name="username"]', 'jane');
    type(rootOf(el), 'input[name="password"]', 'secret');
    submitForm(rootOf(el));
    expect(seen).to.have.length(1);
  });

  it('exposes "username webauthn" in light DOM too', async () => {
    const el = await mount(await passkeyChallenge(), true);
    const input = el.querySelector<HTMLInputElement>('input[name="username"]')!;
    expect(input.getAttribute('autocomplete')).to.equal('username webauthn');
    await waitForCalls(1);
    el.remove();
    expect(calls[0].options.signal!.aborted).to.equal(true);
  });

  it('passes axe with a passkey challenge', async () => {
    const el = await mount(await passkeyChallenge());
    await waitForCalls(1);
    await expect(el).to.be.accessible();
  });
});
