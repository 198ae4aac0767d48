import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { define } from '../kit/define.js';
import { codeField, field, pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import type { AuthenticatorEmailChallenge, AuthenticatorEmailResponse } from './types.js';
import { isolate } from '../../locales/bidi.js';

/**
 * Sets up sign-in codes by email: asks for an address when the server needs one
 * (`email_required`), then for the code sent to it.
 *
 * @fires ak-stage-submit - `{component, email}`, then `{component, code}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart input - the email or code input
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorEmail extends StageElement<
  AuthenticatorEmailChallenge,
  AuthenticatorEmailResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  @state() private email = '';
  @state() private code = '';

  private get askEmail(): boolean {
    const c = this.challenge;
    return !!c && (c.email_required ?? true) && !c.email;
  }

  protected override response(): AuthenticatorEmailResponse {
    return this.askEmail
      ? { component: 'ak-stage-authenticator-email', email: this.email.trim() }
      : { component: 'ak-stage-authenticator-email', code: this.code.trim() };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })}
      ${stageHeading(this.challenge, msg('Sign-in codes by email'))}
      ${
        this.askEmail
          ? field(this, {
              field: 'email',
              label: msg('Email address'),
              type: 'email',
              autocomplete: 'email',
              required: true,
              value: this.email,
              onInput: (v) => (this.email = v),
              help: msg('We will send a code to this address.'),
            })
          : html`${codeField(this, {
              value: this.code,
              onInput: (v) => (this.code = v),
              help: c.email
                ? msg(str`We sent a code to ${isolate(c.email)}.`)
                : msg('We sent a code to your email address.'),
            })}`
      }
      ${this.askEmail ? nothing : this.renderFieldErrors('email')} ${this.renderNonFieldErrors()}
      ${this.renderSubmit(this.askEmail ? msg('Send code') : msg('Confirm'))}
    </form>`;
  }
}
define('ak-stage-authenticator-email', AkStageAuthenticatorEmail);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-email': AkStageAuthenticatorEmail;
  }
}
