import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import type { ConsentChallenge, ConsentPermission, ConsentResponse } from './types.js';

/**
 * Asks the user to allow an application access: the header text, the permissions it gets and
 * those it newly asks for. Continuing echoes the challenge's `token`.
 *
 * @fires ak-stage-submit - `{component, token}`
 * @csspart user - the pending user and avatar
 * @csspart permissions - a permission list
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageConsent extends StageElement<ConsentChallenge, ConsentResponse> {
  static override styles = [
    ...StageElement.styles,
    css`
      .permissions {
        margin: 0;
        padding-inline-start: 1.2rem;
      }
      .permissions-title {
        font-weight: 600;
        margin: 0;
      }
    `,
  ];

  protected override response(): ConsentResponse {
    return { component: 'ak-stage-consent', token: this.challenge?.token ?? '' };
  }

  private renderList(title: string, all: ConsentPermission[]): TemplateResult | typeof nothing {
    // As authentik's page: a scope without a name, and `openid` (signing in itself), go unlisted.
    const items = all.filter((p) => p.name !== '' && p.id !== 'openid');
    if (!items.length) return nothing;
    return html`<div>
      <p class="permissions-title">${title}</p>
      <ul class="permissions" part="permissions">
        ${items.map((p) => html`<li>${p.name}</li>`)}
      </ul>
    </div>`;
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const additional = c.additional_permissions ?? [];
    const granted = c.permissions ?? [];
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this)}
      ${c.header_text ? html`<h2 class="heading">${c.header_text}</h2>` : nothing}
      ${
        additional.length
          ? html`${this.renderList(msg('Application already has access to the following permissions:'), granted)}
            ${this.renderList(msg('Application requires the following new permissions:'), additional)}`
          : this.renderList(msg('Application requires the following permissions:'), granted)
      }
      ${this.renderNonFieldErrors()} ${this.renderSubmit()}
    </form>`;
  }
}
define('ak-stage-consent', AkStageConsent);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-consent': AkStageConsent;
  }
}
