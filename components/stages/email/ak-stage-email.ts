import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { EmailChallenge, EmailResponse } from './types.js';

/** authentik's success signal after a re-send: a non-field "error" with this code, not a failure. */
const EMAIL_SENT = 'email-sent';

/**
 * "Check your inbox": the flow continues from the link in the email. Re-sending posts the bare
 * component, which the server answers by sending the email again and answering the same
 * challenge with an `email-sent` non-field error: shown as a confirmation, never as an error.
 *
 * @fires ak-stage-submit - `{component}` to re-send the email
 * @csspart errors - non-field errors
 * @csspart sent - the "sent again" confirmation
 * @csspart submit - the re-send button
 */
export class AkStageEmail extends StageElement<EmailChallenge, EmailResponse> {
  protected override response(): EmailResponse {
    return { component: 'ak-stage-email' };
  }

  private renderSent() {
    const sent = this.errorsFor('non_field_errors').some((e) => e.code === EMAIL_SENT);
    // A new node for every answer: sent again a second time is said a second time.
    return html`<div class="live" role="status">
      ${
        sent
          ? keyed(
              this.challenge,
              html`<p class="alert info" part="sent">${msg('The email was sent again.')}</p>`,
            )
          : nothing
      }
    </div>`;
  }

  private renderErrors() {
    const errors = this.errorsFor('non_field_errors').filter((e) => e.code !== EMAIL_SENT);
    if (!errors.length) return nothing;
    return html`<div class="alert danger" role="alert" part="errors">
      ${
        errors.length === 1
          ? errors[0]!.string
          : html`<ul>
              ${errors.map((e) => html`<li>${e.string}</li>`)}
            </ul>`
      }
    </div>`;
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Check your inbox')}</h2>
      <p class="help">
        ${msg('We sent you an email with a link. Open it to continue; you can close this page.')}
      </p>
      ${this.renderSent()} ${this.renderErrors()} ${this.renderSubmit(msg('Send the email again'))}
    </form>`;
  }
}
define('ak-stage-email', AkStageEmail);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-email': AkStageEmail;
  }
}
