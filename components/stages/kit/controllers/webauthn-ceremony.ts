import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { webauthnErrorMessage } from '../webauthn.js';

/**
 * One browser WebAuthn prompt at a time (registration or assertion): `waiting` while it is open,
 * the reason in `error` when it failed, and the prompt aborted when a new one starts or the stage
 * leaves the page.
 */
export class WebauthnCeremony implements ReactiveController {
  /** The browser's prompt is open. */
  waiting = false;
  /** What the last prompt failed with, kept so its words follow a switch of language. */
  private failure?: { err: unknown };
  /** Why the last prompt failed, in the user's words (in the language on screen); '' when it did not. */
  get error(): string {
    return this.failure ? webauthnErrorMessage(this.failure.err) : '';
  }
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & { isConnected: boolean }) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Aborts the open prompt, if any, and forgets its error. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.waiting = false;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /**
   * Runs `ceremony` (e.g. `signal => getAssertion(options, signal)`) and resolves with its result,
   * or undefined when it failed (see `error`) or was replaced or aborted.
   */
  async run<T>(ceremony: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.waiting = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const result = await ceremony(abort.signal);
      if (abort.signal.aborted) return undefined;
      return result;
    } catch (err) {
      if (abort.signal.aborted && !this.host.isConnected) return undefined;
      if (this.abort === abort) this.failure = { err };
      return undefined;
    } finally {
      if (this.abort === abort) {
        this.waiting = false;
        this.host.requestUpdate();
      }
    }
  }
}
