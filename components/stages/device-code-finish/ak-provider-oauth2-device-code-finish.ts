import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { OAuthDeviceCodeFinishChallenge } from './types.js';

/**
 * The end of an OAuth device authorization: the device is signed in; nothing to answer.
 *
 * @csspart message - the success message
 */
export class AkProviderOAuth2DeviceCodeFinish extends StageElement<OAuthDeviceCodeFinishChallenge> {
  override render() {
    if (!this.challenge) return nothing;
    return html`<div class="stage">
      <h2 class="heading" data-autofocus>${msg('Device connected')}</h2>
      <p class="alert info" role="status" part="message">
        ${msg("You've successfully authenticated your device.")}
      </p>
      <p class="help">${msg('You can close this tab now and return to your device.')}</p>
      ${this.renderNonFieldErrors()}
    </div>`;
  }
}
define('ak-provider-oauth2-device-code-finish', AkProviderOAuth2DeviceCodeFinish);

declare global {
  interface HTMLElementTagNameMap {
    'ak-provider-oauth2-device-code-finish': AkProviderOAuth2DeviceCodeFinish;
  }
}
