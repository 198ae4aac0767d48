import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { AgentMessage, EndpointAgentChallenge, EndpointAgentResponse } from './types.js';
import { MAX_TIMER_MS } from '../../../src/api/client.js';

const EXTENSION = 'authentik-platform-sso';

/**
 * Device verification through the authentik agent, as authentik's page does it: the challenge
 * goes to the agent's browser extension as a window message; its signed answer is sent back.
 * When no agent answers within `challenge_idle_timeout` seconds the stage answers `null` and the
 * flow decides (it may continue without the device check or deny). "Continue without
 * verifying" gives that answer at once.
 *
 * @fires ak-stage-submit - `{component, response}` (`response` null without an agent)
 * @csspart errors - why the device could not be verified
 * @csspart submit - the primary button
 */
export class AkStageEndpointAgent extends StageElement<
  EndpointAgentChallenge,
  EndpointAgentResponse
> {
  private timer?: ReturnType<typeof setTimeout>;

  private readonly onMessage = (e: MessageEvent<unknown>): void => {
    // Only the page itself (where the extension's content script posts), never a frame or opener.
    if (e.source !== window || e.origin !== window.location.origin) return;
    const data = e.data as Partial<AgentMessage> | null;
    if (!data || data._ak_ext !== EXTENSION || typeof data.response !== 'string' || !data.response)
      return;
    clearTimeout(this.timer);
    this.submit({ component: 'ak-stage-endpoint-agent', response: data.response });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    clearTimeout(this.timer);
  }

  protected override response(): EndpointAgentResponse {
    return { component: 'ak-stage-endpoint-agent', response: null };
  }

  protected override updated(changed: PropertyValues<this>): void {
    const c = this.challenge;
    if (!changed.has('challenge') || !c || c.response_errors) return;
    clearTimeout(this.timer);
    const message: AgentMessage = { _ak_ext: EXTENSION, challenge: c.challenge };
    window.postMessage(message, window.location.origin);
    const seconds = Number.isFinite(c.challenge_idle_timeout) ? c.challenge_idle_timeout : 3;
    // A larger idle timeout than a timer keeps waits that long, instead of not at all.
    const ms = Math.min(Math.max(0, seconds) * 1000, MAX_TIMER_MS);
    this.timer = setTimeout(() => this.submit(this.response()), ms);
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const failed = this.errorsFor('response');
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Verifying your device')}</h2>
      ${
        failed.length
          ? html`<div class="alert danger" role="alert" part="device-errors">
              <p>${msg('Failed to validate device.')}</p>
              ${failed.map((e) => html`<p>${e.string}</p>`)}
            </div>`
          : html`<p class="help" role="status">
              <span class="spinner" aria-hidden="true"></span>
              ${msg('Verifying your device…')}
            </p>`
      }
      <p class="help">
        ${msg(
          'This needs the authentik agent on this device. Without it, you can continue without verifying; this sign-in may then be refused.',
        )}
      </p>
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('Continue without verifying'))}
    </form>`;
  }
}
define('ak-stage-endpoint-agent', AkStageEndpointAgent);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-endpoint-agent': AkStageEndpointAgent;
  }
}
