import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { WebauthnCeremony } from '../kit/controllers/webauthn-ceremony.js';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import { createCredential } from '../kit/webauthn.js';
import type { AuthenticatorWebAuthnChallenge, AuthenticatorWebAuthnResponse } from './types.js';

/**
 * Registers a security key or passkey: `navigator.credentials.create` with `registration`, then
 * posts the credential as `response`. A cancelled prompt shows why and offers a retry.
 *
 * @fires ak-stage-submit - `{component, response}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart field-error - a server error about the credential
 * @csspart errors - the browser's or the server's error
 * @csspart submit - the register / retry button
 */
export class AkStageAuthenticatorWebauthn extends StageElement<
  AuthenticatorWebAuthnChallenge,
  AuthenticatorWebAuthnResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  /** The browser's registration prompt. */
  private readonly ceremony = new WebauthnCeremony(this);
  private credential?: Record<string, unknown>;

  protected override response(): AuthenticatorWebAuthnResponse {
    return { component: 'ak-stage-authenticator-webauthn', response: this.credential ?? {} };
  }

  protected override async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy || this.ceremony.waiting || !this.challenge) return;
    const registration = this.challenge.registration ?? {};
    const credential = await this.ceremony.run((signal) => createCredential(registration, signal));
    if (!credential) return;
    this.credential = credential;
    this.submit(this.response());
  }

  override render() {
    if (!this.challenge) return nothing;
    const failed = !!this.ceremony.error || this.errorsFor('response').length > 0;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })}
      ${stageHeading(this.challenge, msg('Register a security key or passkey'))}
      <p class="intro">
        ${msg(
          "Use a security key, a passkey or this device's screen lock. Your browser will guide you.",
        )}
      </p>
      <p class="waiting live" role="status">
        ${
          this.ceremony.waiting
            ? html`<span class="spinner" aria-hidden="true"></span>
                <span>${msg('Follow the instructions of your browser or security key.')}</span>`
            : nothing
        }
      </p>
      ${
        this.ceremony.error
          ? html`<div class="alert danger" role="alert" part="errors">${this.ceremony.error}</div>`
          : nothing
      }
      ${this.renderFieldErrors('response')} ${this.renderNonFieldErrors()}
      ${this.renderSubmit(failed ? msg('Try again') : msg('Register'))}
    </form>`;
  }
}
define('ak-stage-authenticator-webauthn', AkStageAuthenticatorWebauthn);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-webauthn': AkStageAuthenticatorWebauthn;
  }
}
