import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { field } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import type { OAuthDeviceCodeChallenge, OAuthDeviceCodeResponse } from './types.js';

/**
 * What users type for a device code, as the code is sent: spaces and dashes dropped, letters in
 * upper case ("wdjb mjht", "WDJB-MJHT" and "wdjbmjht" are one code). authentik's codes are digits,
 * which this leaves as they are.
 */
export function normalizeDeviceCode(typed: string): string {
  return typed.replace(/[\s\-‐-―]+/g, '').toUpperCase();
}

/**
 * OAuth device authorization (RFC 8628): the user enters the code their device shows.
 *
 * @fires ak-stage-submit - `{component, code}`
 * @csspart input - the code input
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkProviderOAuth2DeviceCode extends StageElement<
  OAuthDeviceCodeChallenge,
  OAuthDeviceCodeResponse
> {
  @state() private code = '';

  protected override response(): OAuthDeviceCodeResponse {
    return { component: 'ak-provider-oauth2-device-code', code: normalizeDeviceCode(this.code) };
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Connect a device')}</h2>
      ${field(this, {
        field: 'code',
        label: msg('Device code'),
        value: this.code,
        onInput: (v) => (this.code = v),
        autocomplete: 'off',
        inputmode: 'text',
        required: true,
        placeholder: msg('Please enter your code'),
        help: msg('Enter the code shown on your device.'),
      })}
      ${this.renderNonFieldErrors()} ${this.renderSubmit()}
    </form>`;
  }
}
define('ak-provider-oauth2-device-code', AkProviderOAuth2DeviceCode);

declare global {
  interface HTMLElementTagNameMap {
    'ak-provider-oauth2-device-code': AkProviderOAuth2DeviceCode;
  }
}
