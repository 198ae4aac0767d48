import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import type { UserLoginChallenge, UserLoginResponse } from './types.js';

/**
 * "Stay signed in?": Yes submits `remember_me: true` (the form's submit, so Enter means yes),
 * No submits `remember_me: false`.
 *
 * @fires ak-stage-submit - `{component, remember_me}`
 * @csspart user - the pending user and avatar
 * @csspart errors - non-field errors
 * @csspart submit - the "Yes" button
 * @csspart decline - the "No" button
 */
export class AkStageUserLogin extends StageElement<UserLoginChallenge, UserLoginResponse> {
  private remember = true;

  protected override response(): UserLoginResponse {
    return { component: 'ak-stage-user-login', remember_me: this.remember };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    return html`<form
      class="stage"
      part="form"
      @submit=${(e: SubmitEvent) => {
        // Enter (no submitter) means yes; the "No" button submits with remember_me false. While
        // an answer is on its way, the other button changes nothing, the progress shown included.
        if (this.busy) return e.preventDefault();
        this.remember = (e.submitter as HTMLButtonElement | null)?.value !== 'no';
        this.onSubmit(e);
      }}
    >
      ${pendingUser(this)}
      <h2 class="heading">${msg('Stay signed in?')}</h2>
      <p class="help">
        ${msg('Select Yes to reduce the number of times you are asked to sign in.')}
      </p>
      ${this.renderNonFieldErrors()} ${this.renderChoice(msg('Yes'), true)}
      ${this.renderChoice(msg('No'), false)}
    </form>`;
  }

  /** Yes (the form's own submit) or No; the progress shows on the one the user pressed. */
  private renderChoice(label: string, yes: boolean) {
    const working = this.showsProgress && this.remember === yes;
    return html`<button
      class=${yes ? 'button' : 'button secondary'}
      part=${yes ? 'submit' : 'decline'}
      type="submit"
      name=${yes ? nothing : 'remember_me'}
      value=${yes ? nothing : 'no'}
      aria-disabled=${this.busy ? 'true' : 'false'}
    >
      ${working ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <span>${label}</span>
      ${working ? html`<span class="sr-only">${msg('Working…')}</span>` : nothing}
    </button>`;
  }
}
define('ak-stage-user-login', AkStageUserLogin);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-user-login': AkStageUserLogin;
  }
}
