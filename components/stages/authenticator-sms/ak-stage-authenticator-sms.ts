import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { MfaStage } from '../authenticator-validate/mfa-stage.js';
import type { AuthenticatorSmsChallenge, AuthenticatorSmsResponse } from './types.js';

/**
 * Sets up sign-in codes by text message: the phone number while the server needs one
 * (`phone_number_required`), then the code sent to it.
 *
 * @fires ak-stage-submit - `{component, phone_number}`, then `{component, code}`
 * @fires ak-stage-action - `cancel` for "Not you?"
 * @csspart input - the phone number or code input
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorSms extends MfaStage<
  AuthenticatorSmsChallenge,
  AuthenticatorSmsResponse
> {
  @state() private phone = '';
  @state() private code = '';

  private get askPhone(): boolean {
    return this.challenge?.phone_number_required ?? true;
  }

  protected override response(): AuthenticatorSmsResponse {
    return this.askPhone
      ? { component: 'ak-stage-authenticator-sms', phone_number: this.phone.trim() }
      : { component: 'ak-stage-authenticator-sms', code: this.code.trim() };
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${this.renderUser()}
      <h2 class="heading">${msg('Sign-in codes by text message')}</h2>
      ${
        this.askPhone
          ? this.renderInput({
              field: 'phone_number',
              label: msg('Phone number'),
              type: 'tel',
              autocomplete: 'tel',
              inputmode: 'tel',
              required: true,
              value: this.phone,
              onInput: (v) => (this.phone = v),
              help: msg('Include the country code, for example +1 555 0100.'),
            })
          : this.renderCode({
              value: this.code,
              onInput: (v) => (this.code = v),
              help: msg('We sent a code to your phone.'),
            })
      }
      ${this.renderNonFieldErrors()}
      ${this.renderSubmit(this.askPhone ? msg('Send code') : msg('Confirm'))}
    </form>`;
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('ak-stage-authenticator-sms'))
  customElements.define('ak-stage-authenticator-sms', AkStageAuthenticatorSms);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-sms': AkStageAuthenticatorSms;
  }
}
