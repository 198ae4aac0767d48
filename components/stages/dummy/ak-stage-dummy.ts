import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { DummyChallenge, DummyResponse } from './types.js';
import { isolate } from '../../locales/bidi.js';

/**
 * authentik's test stage: names itself and continues.
 *
 * @fires ak-stage-submit - `{component}`
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageDummy extends StageElement<DummyChallenge, DummyResponse> {
  protected override response(): DummyResponse {
    return { component: 'ak-stage-dummy' };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <p class="help">${msg(str`Dummy stage: ${isolate(c.name)}`)}</p>
      ${this.renderNonFieldErrors()} ${this.renderSubmit()}
    </form>`;
  }
}
define('ak-stage-dummy', AkStageDummy);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-dummy': AkStageDummy;
  }
}
