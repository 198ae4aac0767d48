import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { postApi } from '../kit/api.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { PlexAuthenticationChallenge, PlexPin } from './types.js';

/** Plex's API and sign-in page (their official origins); tests point them at local fakes. */
export const PLEX = {
  api: 'https://plex.tv/api/v2',
  app: 'https://app.plex.tv/auth',
  pollMs: 2000,
  /** How long the user has to sign in at Plex. */
  timeoutMs: 5 * 60 * 1000,
};

type Phase = 'idle' | 'waiting' | 'redeeming' | 'failed';

/**
 * Sign in with Plex: a PIN from Plex, Plex's sign-in page in a popup, the PIN polled until Plex
 * authorises it, then the Plex token redeemed at the source (`/api/v3/sources/plex/redeem_token/`),
 * whose answer is where the flow continues (through the executor). A blocked popup, a closed
 * window, a timeout or an error gives a message and "Try again"; "Go back" leaves.
 *
 * @fires ak-stage-navigate - where the source sends the user after Plex
 * @fires ak-stage-restart - `cancel` for "Go back"
 * @csspart errors - what went wrong
 * @csspart submit - the primary button
 */
export class AkSourcePlex extends StageElement<PlexAuthenticationChallenge> {
  @state() private phase: Phase = 'idle';
  @state() private problem = '';
  private run = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run++;
  }

  private headers(): Record<string, string> {
    return {
      Accept: 'application/json',
      'X-Plex-Product': 'authentik',
      'X-Plex-Version': '2026',
      'X-Plex-Device-Vendor': 'goauthentik.io',
      'X-Plex-Client-Identifier': this.challenge?.client_id ?? '',
    };
  }

  private fail(problem: string): void {
    this.phase = 'failed';
    this.problem = problem;
  }

  /** The popup must open in the click's task: it is opened first, then pointed at Plex. */
  protected override async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const c = this.challenge;
    if (!c || this.phase === 'waiting' || this.phase === 'redeeming') return;
    const run = ++this.run;
    this.problem = '';
    const popup = window.open('', '_blank', 'popup,width=800,height=700');
    if (!popup) {
      this.fail(msg('The Plex window was blocked. Allow pop-ups for this site and try again.'));
      return;
    }
    this.phase = 'waiting';
    try {
      const res = await fetch(`${PLEX.api}/pins?strong=true`, {
        method: 'POST',
        headers: this.headers(),
      });
      if (!res.ok) throw new Error(`plex ${res.status}`);
      const pin = (await res.json()) as PlexPin;
      const params = new URLSearchParams({
        clientID: c.client_id,
        code: pin.code,
        'context[device][product]': 'authentik',
      });
      popup.location.href = `${PLEX.app}#?${params}`;
      const token = await this.poll(pin, popup, run);
      if (run !== this.run) return;
      if (!token) return;
      this.phase = 'redeeming';
      const redeem = await postApi(
        this.config,
        `sources/plex/redeem_token/?slug=${encodeURIComponent(c.slug)}`,
        { plex_token: token },
      );
      if (!redeem.ok) throw new Error(`redeem ${redeem.status}`);
      const to = this.navigationUrl(((await redeem.json()) as { to?: unknown }).to);
      if (!to) throw new Error('no target');
      this.navigate(to);
    } catch {
      if (run !== this.run) return;
      popup.close();
      this.fail(msg('Signing in with Plex did not work. Please try again.'));
    }
  }

  private async poll(pin: PlexPin, popup: Window, run: number): Promise<string | null> {
    const until = Date.now() + PLEX.timeoutMs;
    while (run === this.run) {
      const res = await fetch(`${PLEX.api}/pins/${pin.id}`, { headers: this.headers() });
      if (!res.ok) throw new Error(`plex ${res.status}`);
      const token = ((await res.json()) as PlexPin).authToken;
      if (token) {
        popup.close();
        return token;
      }
      if (popup.closed) {
        this.fail(msg('The Plex window was closed before signing in finished.'));
        return null;
      }
      if (Date.now() > until) {
        popup.close();
        this.fail(msg('Signing in with Plex timed out. Please try again.'));
        return null;
      }
      await new Promise((r) => setTimeout(r, PLEX.pollMs));
    }
    return null;
  }

  override render() {
    if (!this.challenge) return nothing;
    const busy = this.phase === 'waiting' || this.phase === 'redeeming';
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Sign in with Plex')}</h2>
      ${
        this.problem
          ? html`<p class="alert danger" role="alert" part="plex-error">${this.problem}</p>`
          : html`<p class="help" role="status">
              ${
                busy
                  ? msg('Waiting for Plex… Finish signing in in the Plex window.')
                  : msg('Plex opens in a new window.')
              }
            </p>`
      }
      ${this.renderNonFieldErrors()}
      <button class="button" part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${this.phase === 'failed' ? msg('Try again') : msg('Continue to Plex')}
      </button>
      <button class="button secondary" type="button" @click=${() => this.restart('cancel')}>
        ${msg('Go back')}
      </button>
    </form>`;
  }
}
define('ak-source-plex', AkSourcePlex);

declare global {
  interface HTMLElementTagNameMap {
    'ak-source-plex': AkSourcePlex;
  }
}
