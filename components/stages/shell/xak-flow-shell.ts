import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ShellChallenge } from './types.js';
import { htmlHasContent, safeHtml } from '../kit/sanitize.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * Raw HTML from the server (`body`), shown after the sanitizer (kit/sanitize.ts) removed scripts,
 * event handlers and `javascript:` URLs. It sends nothing back.
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
    // A body that shows nothing (empty, or only what the sanitizer removed) must not be a blank card.
    const body = htmlHasContent(c.body)
      ? html`<div class="body" part="body">${safeHtml(c.body)}</div>`
      : html`<p class="alert warning" role="alert" part="body">
            ${msg('This step has nothing to show.')}
          </p>
          <button class="button secondary" type="button" @click=${() => this.restart('restart')}>
            ${msg('Start over')}
          </button>`;
    return html`<div class="stage">${body} ${this.renderNonFieldErrors()}</div>`;
  }
}
define('xak-flow-shell', XakFlowShell);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-shell': XakFlowShell;
  }
}
