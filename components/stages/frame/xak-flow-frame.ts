import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { FrameChallenge, FrameResponse } from './types.js';

/**
 * Loads `url` in a sandboxed iframe and answers once that page posts authentik's
 * `{source: 'goauthentik.io', context: 'flow-executor', message: 'submit'}` (as an endpoint
 * device check does), from this iframe's window and the origin of `url`; any other message is
 * ignored. With `loading_overlay` the page works out of sight and `loading_text` is shown
 * instead, as on authentik's page; without it, the page is shown.
 *
 * @fires ak-stage-submit - `{component}`
 * @csspart frame - the iframe
 * @csspart loading - the loading overlay
 * @csspart errors - non-field errors
 */
export class XakFlowFrame extends StageElement<FrameChallenge, FrameResponse> {
  static override styles = [
    ...StageElement.styles,
    css`
      :host {
        display: block;
      }
      iframe {
        width: 100%;
        min-height: 20rem;
        border: none;
        display: block;
      }
      iframe.unseen {
        position: absolute;
        width: 0;
        height: 0;
        min-height: 0;
      }
      .loading {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 0.5rem;
        min-height: 6rem;
      }
    `,
  ];

  /** The page in the frame has loaded (for a page or test that waits for it). */
  loaded = false;
  private loadedUrl?: string;

  private get url(): string | null {
    return this.navigationUrl(this.challenge?.url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new address: not loaded yet.
    const url = this.url ?? undefined;
    if (this.loadedUrl !== url) {
      this.loadedUrl = url;
      this.loaded = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
  }

  /**
   * A page from this page's own origin could lift its sandbox if it kept that origin (scripts +
   * same-origin may remove the iframe's `sandbox`), so it runs with an opaque origin instead and
   * its messages arrive from "null"; the `source` check above still pins them to this iframe.
   */
  private isSameOrigin(url: string): boolean {
    return new URL(url).origin === window.location.origin;
  }

  private expectedOrigin(url: string): string {
    return this.isSameOrigin(url) ? 'null' : new URL(url).origin;
  }

  private onMessage = (e: MessageEvent): void => {
    const url = this.url;
    const frame = this.contentRoot.querySelector('iframe');
    if (!url || !frame || e.source !== frame.contentWindow) return;
    if (e.origin !== this.expectedOrigin(url)) return;
    const data = e.data as Record<string, unknown> | null;
    if (
      data?.source !== 'goauthentik.io' ||
      data.context !== 'flow-executor' ||
      data.message !== 'submit'
    )
      return;
    this.submit({ component: 'xak-flow-frame' });
  };

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const url = this.url;
    if (!url) {
      return this.renderRefused(
        msg('This sign-in step tried to show a page from an address that is not allowed.'),
      );
    }
    const overlay = !!c.loading_overlay;
    return html`<div class="stage">
      ${this.renderNonFieldErrors()}
      ${
        overlay
          ? html`<div class="loading" part="loading" role="status">
              <span class="spinner" aria-hidden="true"></span>
              <span>${c.loading_text || msg('Loading…')}</span>
            </div>`
          : nothing
      }
      <div class="frame-box">
        <iframe
          class=${overlay ? 'unseen' : ''}
          aria-hidden=${overlay ? 'true' : 'false'}
          tabindex=${overlay ? '-1' : '0'}
          part="frame"
          src=${url}
          title=${c.loading_text || msg('Sign-in step')}
          sandbox=${
            this.isSameOrigin(url)
              ? 'allow-scripts allow-forms allow-popups'
              : 'allow-scripts allow-same-origin allow-forms allow-popups'
          }
          referrerpolicy="no-referrer"
          @load=${() => (this.loaded = true)}
        ></iframe>
      </div>
    </div>`;
  }
}
define('xak-flow-frame', XakFlowFrame);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-frame': XakFlowFrame;
  }
}
