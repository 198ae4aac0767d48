import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { FrameChallenge, FrameResponse } from './types.js';

/**
 * Shows `url` in a sandboxed iframe and submits what that frame posts back with `postMessage`.
 * A message counts only when it comes from this iframe's window and from the origin of `url`;
 * its data must be an object, which is sent as the answer (with `component` set by us).
 *
 * @fires ak-stage-submit - `{component, ...data the frame sent}`
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
      .frame-box {
        position: relative;
      }
      iframe {
        width: 100%;
        min-height: 20rem;
        border: none;
        display: block;
      }
      .loading {
        position: absolute;
        inset: 0;
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 0.5rem;
        background: var(--_bg);
      }
    `,
  ];

  @state() private loaded = false;
  private loadedUrl?: string;

  private get url(): string | null {
    return this.navigationUrl(this.challenge?.url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new address shows the overlay again until it has loaded.
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
    const data: unknown = e.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    this.submit({ ...(data as Record<string, unknown>), component: 'xak-flow-frame' });
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
    const overlay = c.loading_overlay && !this.loaded;
    return html`<div class="stage">
      ${this.renderNonFieldErrors()}
      <div class="frame-box">
        <iframe
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
        ${
          overlay
            ? html`<div class="loading" part="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                <span>${c.loading_text || msg('Loading…')}</span>
              </div>`
            : nothing
        }
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
