import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { IframeLogoutChallenge, IframeLogoutResponse, LogoutURL } from './types.js';
import { isolate } from '../../locales/bidi.js';
import { formatNumber } from '../../locales/plural.js';

type Status = 'pending' | 'done' | 'failed';

/** The SAML POST binding's fields an entry carries, as the form's hidden inputs. */
function samlFields(entry: LogoutURL): [string, string][] {
  const fields: [string, string | null | undefined][] = [
    ['SAMLRequest', entry.saml_request],
    ['SAMLResponse', entry.saml_response],
    ['RelayState', entry.saml_relay_state],
  ];
  return fields.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

/** Per application, as authentik: each frame has `frameTimeoutMs` to load (tests shorten it). */
export const LOGOUT_TIMING = { frameTimeoutMs: 5000 };

interface Target {
  name: string;
  /** The checked URL; null when the server's was not http(s): that application is skipped. */
  url: string | null;
  entry: LogoutURL;
  post: boolean;
}

/**
 * Front-channel single logout: every application's logout URL is loaded in a hidden, sandboxed
 * iframe (a SAML POST binding as a form posted into it), each with a timeout; when all have
 * loaded or timed out the stage answers. "Continue" answers at once.
 *
 * @fires ak-stage-submit - `{component}`
 * @csspart progress - the progress bar
 * @csspart providers - the list of applications and their state
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkProviderIframeLogout extends StageElement<
  IframeLogoutChallenge,
  IframeLogoutResponse
> {
  static override styles = [
    ...StageElement.styles,
    css`
      .frames {
        display: none;
      }
      ul.providers {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      progress {
        width: 100%;
      }
      .failed {
        color: var(--_danger);
      }
    `,
  ];

  @state() private statuses: Status[] = [];
  private targets: Target[] = [];
  private timers: ReturnType<typeof setTimeout>[] = [];
  private started?: IframeLogoutChallenge;
  /** POST frames whose form went: the blank page they start with is not the logout. */
  private readonly posted = new Set<number>();

  protected override response(): IframeLogoutResponse {
    return { component: 'ak-provider-iframe-logout' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.forEach(clearTimeout);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.challenge;
    // Once per stage: the same stage back with errors does not log out again.
    if (!c || this.started) return;
    this.started = c;
    this.targets = (c.logout_urls ?? []).map((entry, i) => ({
      name: `${this.uid}-logout-${i}`,
      url: this.navigationUrl(entry.url),
      entry,
      post:
        (entry.binding === 'post' || !!entry.saml_request || !!entry.saml_response) &&
        entry.binding !== 'redirect',
    }));
    this.statuses = this.targets.map((t) => (t.url ? 'pending' : 'failed'));
  }

  protected override firstUpdated(): void {
    this.targets.forEach((t, i) => {
      if (!t.url) return;
      this.timers.push(setTimeout(() => this.settle(i, 'failed'), LOGOUT_TIMING.frameTimeoutMs));
      if (!t.post) return;
      this.posted.add(i);
      this.contentRoot.querySelector<HTMLFormElement>(`form[target="${t.name}"]`)?.submit();
    });
    this.checkDone();
  }

  private settle(i: number, status: Status): void {
    if (this.statuses[i] !== 'pending') return;
    this.statuses = this.statuses.map((s, j) => (j === i ? status : s));
    this.checkDone();
  }

  private checkDone(): void {
    if (this.statuses.every((s) => s !== 'pending')) this.submit(this.response());
  }

  private label(t: Target): string {
    return t.entry.provider_name || msg('Unnamed application');
  }

  override render() {
    if (!this.challenge) return nothing;
    const total = this.targets.length;
    const done = this.statuses.filter((s) => s !== 'pending').length;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
        <h2 class="heading">${msg('Signing you out of your applications')}</h2>
        ${
          total
            ? html`<progress
                  part="progress"
                  max=${total}
                  value=${done}
                  aria-label=${msg('Sign-out progress')}
                ></progress>
                <p class="help" role="status">
                  ${msg(str`Finished: ${formatNumber(done)} of ${formatNumber(total)}`)}
                </p>
                <ul class="providers" part="providers">
                  ${this.targets.map(
                    (t, i) =>
                      html`<li class=${this.statuses[i] === 'failed' ? 'failed' : ''}>
                        ${
                          this.statuses[i] === 'pending'
                            ? msg(str`${isolate(this.label(t))}: signing out…`)
                            : this.statuses[i] === 'done'
                              ? msg(str`${isolate(this.label(t))}: signed out`)
                              : msg(str`${isolate(this.label(t))}: did not answer`)
                        }
                      </li>`,
                  )}
                </ul>`
            : html`<p class="help" role="status">${msg('Signing out…')}</p>`
        }
        ${this.renderNonFieldErrors()} ${this.renderSubmit()}
      </form>
      <div class="frames" hidden aria-hidden="true">
        ${this.targets.map((t, i) =>
          t.url
            ? html`<iframe
                  name=${t.name}
                  title=${msg(str`Sign-out of ${isolate(this.label(t))}`)}
                  tabindex="-1"
                  sandbox="allow-forms allow-scripts"
                  referrerpolicy="origin"
                  src=${t.post ? 'about:blank' : t.url}
                  @load=${() => {
                    if (!t.post || this.posted.has(i)) this.settle(i, 'done');
                  }}
                ></iframe>
                ${
                  t.post
                    ? html`<form method="post" action=${t.url} target=${t.name}>
                        ${samlFields(t.entry).map(
                          ([name, value]) =>
                            html`<input type="hidden" name=${name} .value=${value} />`,
                        )}
                      </form>`
                    : nothing
                }`
            : nothing,
        )}
      </div>`;
  }
}
define('ak-provider-iframe-logout', AkProviderIframeLogout);

declare global {
  interface HTMLElementTagNameMap {
    'ak-provider-iframe-logout': AkProviderIframeLogout;
  }
}
