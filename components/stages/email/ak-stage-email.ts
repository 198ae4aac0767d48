import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { EmailChallenge, EmailResponse } from './types.js';

/**
 * "Check your inbox": the flow continues from the link in the email. Re-sending posts the bare
 * component, which the server answers by sending the email again.
 *
 * @fires ak-stage-submit - `{component}` to re-send the email
 * @csspart errors - non-field errors
 * @csspart submit - the re-send button
 */
export class AkStageEmail extends StageElement<EmailChallenge, EmailResponse> {
  protected override response(): EmailResponse {
    return { component: 'ak-stage-email' };
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Check your inbox')}</h2>
      <p class="help">
        ${msg('We sent you an email with a link. Open it to continue; you can close this page.')}
      </p>
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('Send the email again'))}
    </form>`;
  }
}
define('ak-stage-email', AkStageEmail);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-email': AkStageEmail;
  }
}
