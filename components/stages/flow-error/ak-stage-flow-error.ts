import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { FlowError } from '../../../src/api/errors.js';
import { describeFlowError } from '../../flow-executor/messages.js';
import type { FlowErrorChallenge } from './types.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/**
 * Shows a flow-error challenge: a generic message and the request id, the server's own text only
 * when it sent one (superusers), and a way to start over. Also names an unknown component.
 *
 * @csspart errors - the message box
 * @fires ak-stage-restart - `restart` when the user starts over
 */
export class AkStageFlowError extends StageElement<FlowErrorChallenge> {
  /** Set for a challenge whose component the widget has no stage for. */
  @property({ attribute: false }) unknownComponent?: string;

  override render() {
    const c = this.challenge;
    return html`<div class="stage">
      <h2 class="heading">${msg('Something went wrong')}</h2>
      <div class="alert danger" role="alert" part="errors">
        ${
          this.unknownComponent
            ? describeFlowError(
                new FlowError('unknown-component', '', { detail: this.unknownComponent }),
              )
            : c?.error || msg('The server could not continue this flow. Please try again later.')
        }
      </div>
      ${
        c?.request_id
          ? html`<p class="help">${msg(html`Request ID: <code>${c.request_id}</code>`)}</p>`
          : nothing
      }
      ${
        c?.traceback
          ? html`<details>
              <summary>${msg('Technical details')}</summary>
              <pre>${c.traceback}</pre>
            </details>`
          : nothing
      }
      <button class="button secondary" type="button" @click=${() => this.restart('restart')}>
        ${msg('Start over')}
      </button>
    </div>`;
  }
}
define('ak-stage-flow-error', AkStageFlowError);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-flow-error': AkStageFlowError;
  }
}
