import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Json = Record<string, unknown>;

export interface PasskeyAutofillOptions {
  /** The challenge's `passkey_challenge` (WebAuthn request options), if it offers passkeys. */
  options(): Json | null | undefined;
  /** Identifies one challenge: a new one replaces the pending request. */
  challenge(): object | undefined;
  /** An answer is on its way: no request is started meanwhile. */
  busy(): boolean;
  /** A passkey was picked from the autofill. */
  onAssertion(assertion: Json): void;
}

/**
 * Passkey autofill (WebAuthn conditional mediation) for the identification stage: once the stage
 * has rendered its `autocomplete="username webauthn"` input, asks the browser to offer passkeys.
 * The pending request is aborted before a username is submitted (`abort()`), when a new challenge
 * arrives (a failed passkey comes back with a fresh one and autofill restarts) and when the stage
 * leaves the page; a submit that ended without a new challenge offers the passkeys again. The
 * WebAuthn helpers load with `import()` only when a challenge offers passkeys.
 */
export class PasskeyAutofillController implements ReactiveController {
  private abortController?: AbortController;
  /** The challenge whose request is pending (or done). */
  private runningFor?: object;
  private lastChallenge?: object;
  private wasBusy = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    private readonly o: PasskeyAutofillOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the document: the request was aborted on disconnect, ask again.
    if (this.host.hasUpdated) this.start();
  }

  hostDisconnected(): void {
    this.abort();
  }

  hostUpdate(): void {
    const c = this.o.challenge();
    if (c !== this.lastChallenge && c !== this.runningFor) this.abort();
  }

  hostUpdated(): void {
    const c = this.o.challenge();
    const busy = this.o.busy();
    const fresh = c !== this.lastChallenge;
    this.lastChallenge = c;
    if (fresh || (this.wasBusy && !busy)) this.start();
    this.wasBusy = busy;
  }

  abort(): void {
    this.abortController?.abort();
    this.abortController = undefined;
    this.runningFor = undefined;
  }

  private start(): void {
    const c = this.o.challenge();
    const options = this.o.options();
    if (!this.host.isConnected || this.o.busy() || !c || !options) return;
    if (this.runningFor === c && this.abortController) return;
    this.abort();
    const controller = new AbortController();
    this.abortController = controller;
    this.runningFor = c;
    void this.run(options, controller);
  }

  /** One request (test/browser/stages/passkey.test.ts wraps it to know when one is decided). */
  private async run(options: Json, controller: AbortController): Promise<void> {
    if (typeof window === 'undefined' || !window.PublicKeyCredential) return;
    let assertion: Json | null = null;
    try {
      const webauthn = await import('../webauthn.js');
      assertion = await webauthn.startPasskeyAutofill(options, controller.signal);
    } catch {
      return; // the chunk failed to load: passkeys are a convenience, the form still works
    }
    if (controller.signal.aborted || this.abortController !== controller) return;
    // Settled: a later start (after a submit that failed without a new challenge) asks again.
    this.abortController = undefined;
    this.runningFor = undefined;
    if (assertion) this.o.onAssertion(assertion);
  }
}
