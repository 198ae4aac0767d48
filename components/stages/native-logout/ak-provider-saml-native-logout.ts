import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { NativeLogoutChallenge, NativeLogoutResponse } from './types.js';
import { isolate } from '../../locales/bidi.js';

/**
 * SAML single logout in the browser, one service provider at a time: a POST binding is a real
 * form (SAMLRequest or SAMLResponse, RelayState) posted to `post_url` as soon as it renders, a
 * redirect binding asks the executor to go to `redirect_url`; the provider sends the browser back
 * to authentik, which gives the next one, and `is_complete` answers so the flow continues.
 * Unsafe URLs are refused and nothing is sent.
 *
 * @fires ak-stage-submit - `{component}` once `is_complete`
 * @fires ak-stage-navigate - the redirect binding's `redirect_url`
 * @csspart errors - non-field errors and refused addresses
 * @csspart submit - the primary button
 */
export class AkProviderSamlNativeLogout extends StageElement<
  NativeLogoutChallenge,
  NativeLogoutResponse
> {
  private actedOn?: NativeLogoutChallenge;

  protected override response(): NativeLogoutResponse {
    return { component: 'ak-provider-saml-native-logout' };
  }

  private get mode(): 'complete' | 'post' | 'redirect' | 'unsafe' {
    const c = this.challenge;
    if (c?.is_complete) return 'complete';
    if (c?.saml_binding === 'redirect')
      return this.navigationUrl(c.redirect_url) ? 'redirect' : 'unsafe';
    return this.navigationUrl(c?.post_url) ? 'post' : 'unsafe';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const c = this.challenge;
    if (!changed.has('challenge') || !c || c === this.actedOn || c.response_errors) return;
    this.actedOn = c;
    const mode = this.mode;
    // The answer leaves after this update, once the executor (or a test) listens on the element.
    if (mode === 'complete') setTimeout(() => this.submit(this.response()));
    else if (mode === 'post') this.contentRoot.querySelector<HTMLFormElement>('form')?.submit();
    else if (mode === 'redirect') this.navigate(this.navigationUrl(c.redirect_url)!);
  }

  private onRedirect(e: Event): void {
    e.preventDefault();
    const to = this.navigationUrl(this.challenge?.redirect_url);
    if (to) this.navigate(to);
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const name = c.provider_name || msg('the SAML application');
    switch (this.mode) {
      case 'complete':
        return html`<form class="stage" part="form" @submit=${this.onSubmit}>
          <h2 class="heading">${msg('SAML logout complete')}</h2>
          ${this.renderNonFieldErrors()} ${this.renderSubmit()}
        </form>`;
      case 'redirect':
        return html`<form class="stage" part="form" @submit=${this.onRedirect}>
          <h2 class="heading">${msg(str`Signing you out of ${isolate(name)}…`)}</h2>
          ${this.renderNonFieldErrors()} ${this.renderSubmit()}
        </form>`;
      case 'post':
        return html`<form
          class="stage"
          part="form"
          method="post"
          action=${this.navigationUrl(c.post_url)!}
        >
          <h2 class="heading">${msg(str`Signing you out of ${isolate(name)}…`)}</h2>
          ${c.saml_request ? html`<input type="hidden" name="SAMLRequest" .value=${c.saml_request} />` : nothing}
          ${c.saml_response ? html`<input type="hidden" name="SAMLResponse" .value=${c.saml_response} />` : nothing}
          ${c.saml_relay_state ? html`<input type="hidden" name="RelayState" .value=${c.saml_relay_state} />` : nothing}
          ${this.renderNonFieldErrors()}
          <button class="button" part="submit" type="submit">${msg('Continue')}</button>
        </form>`;
      default:
        return this.renderRefused(
          msg('This sign-out tried to send you to an address that is not allowed.'),
        );
    }
  }
}
define('ak-provider-saml-native-logout', AkProviderSamlNativeLogout);

declare global {
  interface HTMLElementTagNameMap {
    'ak-provider-saml-native-logout': AkProviderSamlNativeLogout;
  }
}
