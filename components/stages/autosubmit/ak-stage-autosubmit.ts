import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AutosubmitChallenge } from './types.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * Posts a real form to `url` with `attrs` as hidden inputs (SAML POST bindings and the like),
 * submitted automatically once rendered. An unsafe `url` is refused and nothing is sent.
 */
export class AkStageAutosubmit extends StageElement<AutosubmitChallenge> {
  private submittedFor?: AutosubmitChallenge;

  private get action_(): string | null {
    return this.navigationUrl(this.challenge?.url);
  }

  protected override updated(): void {
    const c = this.challenge;
    if (!c || this.submittedFor === c || !this.action_) return;
    this.submittedFor = c;
    this.contentRoot.querySelector('form')?.submit();
  }

  override render() {
    const c = this.challenge;
    const action = this.action_;
    if (!action) {
      return this.renderRefused(
        msg('This sign-in flow tried to send your data to an address that is not allowed.'),
      );
    }
    return html`<form class="stage" method="post" action=${action}>
      <h2 class="heading">${c?.title || msg('Continuing…')}</h2>
      ${Object.entries(c?.attrs ?? {}).map(
        ([name, value]) => html`<input type="hidden" name=${name} .value=${value} />`,
      )}
      <button class="button" type="submit">${msg('Continue')}</button>
      ${nothing}
    </form>`;
  }
}
define('ak-stage-autosubmit', AkStageAutosubmit);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-autosubmit': AkStageAutosubmit;
  }
}
