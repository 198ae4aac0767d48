import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { MfaStage } from '../authenticator-validate/mfa-stage.js';
import { createCredential, webauthnErrorMessage } from '../authenticator-validate/webauthn.js';
import type { AuthenticatorWebAuthnChallenge, AuthenticatorWebAuthnResponse } from './types.js';

/**
 * Registers a security key or passkey: `navigator.credentials.create` with `registration`, then
 * posts the credential as `response`. A cancelled prompt shows why and offers a retry.
 *
 * @fires ak-stage-submit - `{component, response}`
 * @fires ak-stage-action - `cancel` for "Not you?"
 * @csspart field-error - a server error about the credential
 * @csspart errors - the browser's or the server's error
 * @csspart submit - the register / retry button
 */
export class AkStageAuthenticatorWebauthn extends MfaStage<
  AuthenticatorWebAuthnChallenge,
  AuthenticatorWebAuthnResponse
> {
  @state() private waiting = false;
  @state() private error = '';
  private abort?: AbortController;
  private credential?: Record<string, unknown>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override response(): AuthenticatorWebAuthnResponse {
    return { component: 'ak-stage-authenticator-webauthn', response: this.credential ?? {} };
  }

  protected override async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.pending || this.waiting || !this.challenge) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.waiting = true;
    this.error = '';
    try {
      this.credential = await createCredential(this.challenge.registration ?? {}, abort.signal);
      this.waiting = false;
      if (!abort.signal.aborted) this.submit(this.response());
    } catch (err) {
      this.waiting = false;
      if (abort.signal.aborted && !this.isConnected) return;
      this.error = webauthnErrorMessage(err);
    }
  }

  override render() {
    if (!this.challenge) return nothing;
    const failed = !!this.error || this.errorsFor('response').length > 0;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${this.renderUser()}
      <h2 class="heading">${msg('Register a security key or passkey')}</h2>
      <p class="intro">
        ${msg(
          "Use a security key, a passkey or this device's screen lock. Your browser will guide you.",
        )}
      </p>
      ${
        this.waiting
          ? html`<p class="waiting" role="status">
              <span class="spinner" aria-hidden="true"></span>
              ${msg('Follow the instructions of your browser or security key.')}
            </p>`
          : nothing
      }
      ${this.error ? html`<div class="alert danger" role="alert" part="errors">${this.error}</div>` : nothing}
      ${this.renderFieldErrors('response')} ${this.renderNonFieldErrors()}
      ${this.renderSubmit(failed ? msg('Try again') : msg('Register'))}
    </form>`;
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('ak-stage-authenticator-webauthn'))
  customElements.define('ak-stage-authenticator-webauthn', AkStageAuthenticatorWebauthn);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-webauthn': AkStageAuthenticatorWebauthn;
  }
}
