import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PasswordController } from '../kit/controllers/password.js';
import { define } from '../kit/define.js';
import { hiddenUsername, passwordField, pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import type { PasswordChallenge, PasswordResponse } from './types.js';

/**
 * The password of the user identified before. A hidden, read-only `username` input holds the
 * pending user so password managers pair the saved login (out of the accessibility tree); the password input has
 * `autocomplete="current-password"`. "Not you?" drops the plan through the flow's cancel URL.
 *
 * @fires ak-stage-submit - `{component, password}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart user - the pending user and avatar
 * @csspart label - the password label
 * @csspart input - the password input
 * @csspart toggle - the show/hide password button
 * @csspart caps-lock - the Caps Lock warning
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 * @csspart links - the recovery link
 */
export class AkStagePassword extends StageElement<PasswordChallenge, PasswordResponse> {
  @state() private password = '';
  private readonly passwords = new PasswordController(this);

  protected override response(): PasswordResponse {
    return { component: 'ak-stage-password', password: this.password };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const recovery = this.navigationUrl(c.recovery_url);
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })} ${hiddenUsername(c.pending_user)}
      ${passwordField(this, this.passwords, {
        field: 'password',
        label: msg('Password'),
        placeholder: msg('Please enter your password'),
        autocomplete: 'current-password',
        required: true,
        allowShow: !!c.allow_show_password,
        value: this.password,
        onInput: (v) => (this.password = v),
      })}
      ${this.renderNonFieldErrors()} ${this.renderSubmit()}
      ${
        recovery
          ? html`<div class="links" part="links">
              <a class="link" href=${recovery}>${msg('Forgot password?')}</a>
            </div>`
          : nothing
      }
    </form>`;
  }
}
define('ak-stage-password', AkStagePassword);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-password': AkStagePassword;
  }
}
