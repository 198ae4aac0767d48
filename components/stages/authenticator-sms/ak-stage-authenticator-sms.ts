import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { codeField, field, pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import { WebOtp } from '../kit/controllers/web-otp.js';
import type { AuthenticatorSmsChallenge, AuthenticatorSmsResponse } from './types.js';

/**
 * Sets up sign-in codes by text message: the phone number while the server needs one
 * (`phone_number_required`), then the code sent to it (`autocomplete=one-time-code`; read from the
 * message itself with WebOTP where the browser can).
 *
 * @fires ak-stage-submit - `{component, phone_number}`, then `{component, code}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart input - the phone number or code input
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorSms extends StageElement<
  AuthenticatorSmsChallenge,
  AuthenticatorSmsResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  @state() private phone = '';
  @state() private code = '';

  /** The code from the text message itself, where the browser reads SMS (WebOTP). */
  protected readonly webOtp = new WebOtp(
    this,
    () => !this.askPhone,
    (code) => {
      this.code = code;
      this.submit(this.response());
    },
  );

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
      ${pendingUser(this, { notYou: true })}
      ${stageHeading(this.challenge, msg('Sign-in codes by text message'))}
      ${
        this.askPhone
          ? field(this, {
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
          : codeField(this, {
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
define('ak-stage-authenticator-sms', AkStageAuthenticatorSms);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-sms': AkStageAuthenticatorSms;
  }
}
