import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AccessDeniedChallenge } from './types.js';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * authentik denied the request; the plan is gone. "Go back" drops the flow through its cancel URL
 * and starts it again in place, so an embedding page keeps the user.
 *
 * @fires ak-stage-restart - `cancel` when the user goes back
 */
export class AkStageAccessDenied extends StageElement<AccessDeniedChallenge> {
  override render() {
    const c = this.challenge;
    return html`<div class="stage">
      ${pendingUser(this)}
      <h2 class="heading">${msg('Request has been denied.')}</h2>
      ${
        c?.error_message
          ? html`<p class="alert danger" role="alert" part="errors">${c.error_message}</p>`
          : nothing
      }
      <button class="button secondary" type="button" @click=${() => this.restart('cancel')}>
        ${msg('Go back')}
      </button>
    </div>`;
  }
}
define('ak-stage-access-denied', AkStageAccessDenied);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-access-denied': AkStageAccessDenied;
  }
}
