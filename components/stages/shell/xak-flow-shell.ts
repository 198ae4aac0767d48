import { css, html, nothing } from 'lit';
import type { ShellChallenge } from './types.js';
import { safeHtml } from '../kit/sanitize.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * Raw HTML from the server (`body`), shown after DOMPurify removed scripts, event handlers and
 * `javascript:` URLs. It sends nothing back.
 *
 * @csspart body - the sanitized content
 */
export class XakFlowShell extends StageElement<ShellChallenge> {
  static override styles = [
    ...StageElement.styles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    return html`<div class="stage">
      <div class="body" part="body">${safeHtml(c.body)}</div>
      ${this.renderNonFieldErrors()}
    </div>`;
  }
}
define('xak-flow-shell', XakFlowShell);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-shell': XakFlowShell;
  }
}
