import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { MfaStage } from '../authenticator-validate/mfa-stage.js';
import type { AuthenticatorDuoChallenge, AuthenticatorDuoResponse } from './types.js';

/**
 * Enrolls a phone with Duo: the activation QR image (a checked image URL) and code, then the
 * server is asked every `pollInterval` ms (by re-submitting) whether activation finished.
 *
 * @fires ak-stage-submit - `{component}` (manual check and each poll)
 * @fires ak-stage-action - `cancel` for "Not you?"
 * @csspart qr - the activation barcode
 * @csspart errors - non-field errors
 * @csspart submit - the "check now" button
 */
export class AkStageAuthenticatorDuo extends MfaStage<
  AuthenticatorDuoChallenge,
  AuthenticatorDuoResponse
> {
  /** How often to ask the server whether the phone was activated; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 3000;
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pollInterval > 0) {
      this.timer = setInterval(() => {
        if (this.isConnected && !this.pending && this.challenge) {
          this.submit(this.response(), { background: true });
        }
      }, this.pollInterval);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override response(): AuthenticatorDuoResponse {
    return { component: 'ak-stage-authenticator-duo' };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    // Duo sends an absolute https URL (or an inline image): nothing relative to this page.
    const barcode = /^(https?:|data:image\/)/i.test(c.activation_barcode ?? '')
      ? this.imageUrl(c.activation_barcode)
      : null;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${this.renderUser()}
      <h2 class="heading">${msg('Set up Duo')}</h2>
      <p class="intro">${msg('Scan this code with the Duo Mobile app to activate your phone.')}</p>
      ${
        barcode
          ? html`<img class="qr" part="qr" src=${barcode} alt=${msg('Duo activation QR code')} />`
          : nothing
      }
      ${
        c.activation_code
          ? html`<p class="help">
              ${msg('Or open this activation link on your phone:')}
              <span class="secret"><code>${c.activation_code}</code></span>
            </p>`
          : nothing
      }
      <p class="waiting" role="status">${msg('Waiting for activation…')}</p>
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('Check now'))}
    </form>`;
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('ak-stage-authenticator-duo'))
  customElements.define('ak-stage-authenticator-duo', AkStageAuthenticatorDuo);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-duo': AkStageAuthenticatorDuo;
  }
}
