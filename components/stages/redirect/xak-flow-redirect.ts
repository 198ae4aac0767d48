import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { RedirectChallenge } from './types.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * The flow's redirect: asks the executor to go to `to` (which fires the cancelable
 * `ak-flow-redirect`, so a single-page app can take over, and navigates). Only http(s) and
 * relative targets are followed; anything else is refused with a message.
 *
 * @fires ak-stage-navigate - `to`, the checked, absolute target
 */
export class XakFlowRedirect extends StageElement<RedirectChallenge> {
  @state() private handedOver = false;
  // `#` (not `private`): a name the minifier can shorten.
  #redirectedFor?: RedirectChallenge;

  get #target(): string | null {
    return this.navigationUrl(this.challenge?.to);
  }

  protected override updated(): void {
    const c = this.challenge;
    if (!c || this.#redirectedFor === c) return;
    this.#redirectedFor = c;
    const to = this.#target;
    if (!to) return;
    if (this.navigate(to)) this.handedOver = true;
  }

  override render() {
    const to = this.#target;
    if (!to) {
      return this.renderRefused(
        msg('This sign-in flow tried to send you to an address that is not allowed.'),
      );
    }
    return html`<div class="stage">
      <h2 class="heading">
        ${
          this.handedOver && this.challenge?.final_redirect !== false
            ? msg('Signed in.')
            : msg('Redirecting…')
        }
      </h2>
      <a class="link" href=${to}>${msg('Continue')}</a>
    </div>`;
  }
}
define('xak-flow-redirect', XakFlowRedirect);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-redirect': XakFlowRedirect;
  }
}
