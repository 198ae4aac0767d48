// Shared by the MFA stages (validation and the authenticator setup stages): the pending user with
// "Not you?", the one-time-code input, and the styles of method lists, codes and QR images.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ChallengeBase, ChallengeResponse } from '../../../src/challenges.js';
import { FormStage } from '../../controls/field/form-stage.js';

export interface WithUser extends ChallengeBase {
  pending_user?: string;
  pending_user_avatar?: string;
}

export interface CodeOptions {
  value: string;
  onInput: (value: string) => void;
  label?: string;
  help?: unknown;
  /** Recovery codes are letters and digits: no numeric keyboard, no SMS autofill. */
  alphanumeric?: boolean;
}

export abstract class MfaStage<
  C extends WithUser = WithUser,
  R extends ChallengeResponse = ChallengeResponse,
> extends FormStage<C, R> {
  static override styles = [
    ...FormStage.styles,
    css`
      .methods {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      .method {
        width: 100%;
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 0.15rem;
        text-align: left;
        font: inherit;
        color: var(--_text);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.65rem 0.9rem;
        cursor: pointer;
      }
      .method:hover {
        border-color: var(--_primary);
      }
      .method:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .method .name {
        font-weight: 600;
      }
      .method .desc {
        color: var(--_muted);
        font-size: 0.85rem;
      }
      .intro {
        margin: 0;
      }
      .qr {
        align-self: center;
        width: min(100%, 220px);
        height: auto;
        background: #fff;
        padding: 4px;
        border-radius: var(--_radius);
      }
      .secret,
      .codes {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        background: var(--_surface);
        border-radius: var(--_radius);
        padding: 0.5rem 0.75rem;
        overflow-wrap: anywhere;
      }
      .codes {
        list-style: none;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: 0.25rem 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .waiting {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0;
      }
      details summary {
        cursor: pointer;
        color: var(--_primary);
      }
    `,
  ];

  /** The user being signed in, with "Not you?" (drops the plan through the flow's cancel URL). */
  protected renderUser(): TemplateResult | typeof nothing {
    const c = this.challenge;
    if (!c?.pending_user) return nothing;
    const avatar = this.imageUrl(c.pending_user_avatar);
    return html`<div class="user" part="user">
      ${avatar ? html`<img class="avatar" src=${avatar} alt="" />` : nothing}
      <span>${c.pending_user}</span>
      <button class="link" type="button" @click=${() => this.action('cancel')}>
        ${msg('Not you?')}
      </button>
    </div>`;
  }

  /** A one-time code input: `name=code`, `autocomplete=one-time-code`, numeric keyboard. */
  protected renderCode(o: CodeOptions): TemplateResult {
    return this.renderInput({
      field: 'code',
      label: o.label ?? msg('Code'),
      value: o.value,
      onInput: o.onInput,
      autocomplete: o.alphanumeric ? 'off' : 'one-time-code',
      inputmode: o.alphanumeric ? 'text' : 'numeric',
      required: true,
      help: o.help,
    });
  }
}
