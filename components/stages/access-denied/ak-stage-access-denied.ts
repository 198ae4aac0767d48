import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AccessDeniedChallenge } from '../../../src/challenges.js';
import { StageElement } from '../base.js';

/**
 * authentik denied the request; the plan is gone. "Go back" drops the flow through its cancel URL
 * and starts it again in place, so an embedding page keeps the user.
 *
 * @fires ak-stage-action - `cancel` when the user goes back
 */
export class AkStageAccessDenied extends StageElement<AccessDeniedChallenge> {
  override render() {
    const c = this.challenge;
    const avatar = this.imageUrl(c?.pending_user_avatar);
    return html`<div class="stage">
      ${
        c?.pending_user
          ? html`<div class="user">
              ${avatar ? html`<img class="avatar" src=${avatar} alt="" />` : nothing}
              <span>${c.pending_user}</span>
            </div>`
          : nothing
      }
      <h2 class="heading">${msg('Request has been denied.')}</h2>
      ${
        c?.error_message
          ? html`<p class="alert danger" role="alert" part="errors">${c.error_message}</p>`
          : nothing
      }
      <button class="button secondary" type="button" @click=${() => this.action('cancel')}>
        ${msg('Go back')}
      </button>
    </div>`;
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('ak-stage-access-denied'))
  customElements.define('ak-stage-access-denied', AkStageAccessDenied);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-access-denied': AkStageAccessDenied;
  }
}
