import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { RedirectChallenge } from '../../../src/challenges.js';
import { flowEvent } from '../events.js';
import { StageElement } from '../base.js';

/** How the redirect stage leaves the page; replaced in tests. */
export const navigator_ = {
  assign(url: string): void {
    window.location.assign(url);
  },
};

/**
 * Navigates to `to` after a cancelable `ak-flow-redirect` event (a single-page app can take over).
 * Only http(s) and relative targets are followed; anything else is refused with a message.
 *
 * @fires ak-flow-redirect - cancelable; `detail.to` is the checked, absolute target
 */
export class XakFlowRedirect extends StageElement<RedirectChallenge> {
  @state() private handedOver = false;
  private redirectedFor?: RedirectChallenge;

  private get target(): string | null {
    return this.navigationUrl(this.challenge?.to);
  }

  protected override updated(): void {
    const c = this.challenge;
    if (!c || this.redirectedFor === c) return;
    this.redirectedFor = c;
    const to = this.target;
    if (!to) return;
    const proceed = this.dispatchEvent(flowEvent('ak-flow-redirect', { to }, true));
    if (proceed) navigator_.assign(to);
    else this.handedOver = true;
  }

  override render() {
    const to = this.target;
    if (!to) {
      return html`<div class="stage">
        <p class="alert danger" role="alert" part="errors">
          ${msg('This sign-in flow tried to send you to an address that is not allowed.')}
        </p>
      </div>`;
    }
    return html`<div class="stage">
      <h2 class="heading">${this.handedOver ? msg('Signed in.') : msg('Redirecting…')}</h2>
      <a class="link" href=${to}>${msg('Continue')}</a>
    </div>`;
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('xak-flow-redirect'))
  customElements.define('xak-flow-redirect', XakFlowRedirect);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-redirect': XakFlowRedirect;
  }
}
