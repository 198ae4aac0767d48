import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { loadScript } from '../kit/script.js';
import { StageElement } from '../kit/stage-element.js';
import type { AppleIdApi, AppleLoginChallenge } from './types.js';

/** Apple's JS (its official origin); tests point it at a local fake. */
export const APPLE_SCRIPT = {
  url: 'https://appleid.cdn-apple.com/appleauth/static/jsapi/appleid/1/en_US/appleid.auth.js',
};

/**
 * Sign in with Apple, as authentik's page does it: Apple's script is loaded, initialised with the
 * challenge and started; Apple takes the browser to its sign-in page and back to authentik's
 * `redirect_uri`. Nothing is answered to the flow. If the script cannot load or the user cancels,
 * a message, "Try again" and "Go back".
 *
 * @fires ak-stage-restart - `cancel` for "Go back"
 * @csspart apple-error - why signing in with Apple did not start
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkSourceOAuthApple extends StageElement<AppleLoginChallenge> {
  @state() private problem = '';
  @state() private starting = true;

  private readonly onFailure = (): void => {
    this.problem = msg('Signing in with Apple was cancelled or did not work.');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('AppleIDSignInOnFailure', this.onFailure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('AppleIDSignInOnFailure', this.onFailure);
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const c = this.challenge;
    if (!c) return;
    this.problem = '';
    this.starting = true;
    try {
      await loadScript(APPLE_SCRIPT.url, this.config.baseUrl);
      const apple = (window as unknown as { AppleID?: AppleIdApi }).AppleID;
      if (!apple) throw new Error('no AppleID');
      apple.auth.init({
        clientId: c.client_id,
        scope: c.scope,
        redirectURI: c.redirect_uri,
        state: c.state,
        usePopup: false,
      });
      await apple.auth.signIn();
    } catch {
      this.problem = msg(
        'Sign in with Apple could not be loaded. Check your connection and try again.',
      );
    } finally {
      this.starting = false;
    }
  }

  protected override onSubmit(e: Event): void {
    e.preventDefault();
    void this.start();
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Signing in with Apple…')}</h2>
      ${
        this.problem
          ? html`<p class="alert danger" role="alert" part="apple-error">${this.problem}</p>`
          : html`<p class="help" role="status">
              ${this.starting ? msg('Opening Apple sign-in…') : msg('Continue in the Apple window.')}
            </p>`
      }
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('Try again'))}
      <button class="button secondary" type="button" @click=${() => this.restart('cancel')}>
        ${msg('Go back')}
      </button>
    </form>`;
  }
}
define('ak-source-oauth-apple', AkSourceOAuthApple);

declare global {
  interface HTMLElementTagNameMap {
    'ak-source-oauth-apple': AkSourceOAuthApple;
  }
}
