import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PollingController } from '../kit/controllers/polling.js';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import type { AuthenticatorDuoChallenge, AuthenticatorDuoResponse } from './types.js';

/**
 * Enrolls a phone with Duo: the activation QR image (a checked image URL) and code, then the
 * server is asked every `pollInterval` ms (by re-submitting) whether activation finished.
 *
 * @fires ak-stage-submit - `{component}` (manual check and each poll)
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart qr - the activation barcode
 * @csspart errors - non-field errors
 * @csspart submit - the "check now" button
 */
export class AkStageAuthenticatorDuo extends StageElement<
  AuthenticatorDuoChallenge,
  AuthenticatorDuoResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  /** How often to ask the server whether the phone was activated; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 3000;
  /** Asks again in the background; a poll answered with the same stage changes nothing. */
  protected readonly polling = new PollingController(
    this,
    () => this.pollInterval,
    () => {
      if (this.isConnected && !this.busy && this.challenge) {
        this.submit(this.response(), { background: true });
      }
    },
  );

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
      ${pendingUser(this, { notYou: true })} ${stageHeading(this.challenge, msg('Set up Duo'))}
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
define('ak-stage-authenticator-duo', AkStageAuthenticatorDuo);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-duo': AkStageAuthenticatorDuo;
  }
}
