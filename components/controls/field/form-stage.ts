// Shared by the stages that render a form: unique ids (two stages in one light-DOM document must
// not share one), labelled inputs wired to their server errors, a password input with show/hide
// and a Caps Lock warning, and the Enter-submits handler.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { ChallengeBase, ChallengeResponse } from '../../../src/challenges.js';
import { StageElement, idSafe } from '../../stages/base.js';

export interface InputOptions {
  /** The wire key: errors are looked up under it. */
  field: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The form control's `name`; defaults to `field`. */
  name?: string;
  type?: string;
  autocomplete?: string;
  required?: boolean;
  placeholder?: string;
  readonly?: boolean;
  inputmode?: string;
  /** Help under the field, linked with `aria-describedby`. */
  help?: unknown;
  /** Extra ids for `aria-describedby` (live hints). */
  describedBy?: string[];
  /** Watch keyboard events for Caps Lock (password fields). */
  trackCapsLock?: boolean;
}

export interface PasswordOptions extends Omit<InputOptions, 'type'> {
  allowShow?: boolean;
}

export abstract class FormStage<
  C extends ChallengeBase = ChallengeBase,
  R extends ChallengeResponse = ChallengeResponse,
> extends StageElement<C, R> {
  static override styles = [
    ...StageElement.styles,
    css`
      :host {
        display: block;
      }
      .hint {
        font-size: 0.85rem;
        margin: 0;
      }
      .hint.warning {
        color: var(--_warning);
      }
      .hint.ok {
        color: var(--_success);
      }
      .required {
        color: var(--_danger);
      }
    `,
  ];

  /** Password fields currently shown in clear text. */
  @state() protected shownPasswords: Record<string, boolean> = {};
  /** Caps Lock state, as last reported by a keyboard event in a password field. */
  @state() protected capsLock = false;

  /** The answer for what the user entered; called when the form is submitted. */
  protected abstract response(): R;

  /** `id` of the control for a field. */
  protected fieldId(field: string): string {
    return `${this.uid}-field-${idSafe(field)}`;
  }

  /** `id` of a field's help text. */
  protected helpId(field: string): string {
    return `${this.uid}-help-${idSafe(field)}`;
  }

  protected isInvalid(field: string): boolean {
    return this.errorsFor(field).length > 0;
  }

  /** `aria-describedby` for a field: its help, its errors and any extra hints that exist. */
  protected describedBy(field: string, hasHelp = false, extra: string[] = []): string | undefined {
    const ids = [
      ...(hasHelp ? [this.helpId(field)] : []),
      ...(this.isInvalid(field) ? [this.errorId(field)] : []),
      ...extra,
    ];
    return ids.length ? ids.join(' ') : undefined;
  }

  /** Enter and the button both land here: a real form submit, never a page navigation. */
  protected onSubmit(e: Event): void {
    e.preventDefault();
    if (this.pending) return;
    this.submit(this.response());
  }

  protected renderLabel(id: string, label: string, required = false): TemplateResult {
    return html`<label class="label" for=${id} part="label"
      >${label}${
        required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
      }</label
    >`;
  }

  protected renderHelp(field: string, help: unknown): TemplateResult | typeof nothing {
    if (help === undefined || help === null || help === '' || help === nothing) return nothing;
    return html`<div class="help" id=${this.helpId(field)} part="help">${help}</div>`;
  }

  /** A labelled `<input>` with its help and server errors. */
  protected renderInput(o: InputOptions, after?: unknown): TemplateResult {
    const id = this.fieldId(o.field);
    const hasHelp = o.help !== undefined && o.help !== null && o.help !== '' && o.help !== nothing;
    const input = html`<input
      id=${id}
      class="input"
      part="input"
      type=${o.type ?? 'text'}
      name=${o.name ?? o.field}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      placeholder=${ifDefined(o.placeholder || undefined)}
      ?required=${!!o.required}
      ?readonly=${!!o.readonly}
      .value=${live(o.value)}
      aria-invalid=${this.isInvalid(o.field) ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.describedBy(o.field, hasHelp, o.describedBy))}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @keydown=${o.trackCapsLock ? this.trackCapsLock : undefined}
      @keyup=${o.trackCapsLock ? this.trackCapsLock : undefined}
    />`;
    return html`<div class="field">
      ${this.renderLabel(id, o.label, o.required)}
      ${after ? html`<div class="row">${input}${after}</div>` : input}
      ${hasHelp ? this.renderHelp(o.field, o.help) : nothing} ${this.renderFieldErrors(o.field)}
    </div>`;
  }

  /** A password input: show/hide when allowed and a Caps Lock warning while it is on. */
  protected renderPassword(o: PasswordOptions): TemplateResult {
    const shown = !!this.shownPasswords[o.field];
    const capsId = `${this.uid}-caps-${idSafe(o.field)}`;
    const toggle = o.allowShow
      ? html`<button
          class="button secondary toggle"
          part="toggle"
          type="button"
          aria-controls=${this.fieldId(o.field)}
          aria-pressed=${shown ? 'true' : 'false'}
          @click=${() => {
            this.shownPasswords = { ...this.shownPasswords, [o.field]: !shown };
          }}
        >
          ${msg('Show password')}
        </button>`
      : undefined;
    return html`${this.renderInput(
      {
        ...o,
        type: shown ? 'text' : 'password',
        trackCapsLock: true,
        describedBy: [...(o.describedBy ?? []), ...(this.capsLock ? [capsId] : [])],
      },
      toggle,
    )}${
      this.capsLock
        ? html`<p class="hint warning" id=${capsId} role="status" part="caps-lock">
            ${msg('Caps Lock is on.')}
          </p>`
        : nothing
    }`;
  }

  private trackCapsLock = (e: KeyboardEvent): void => {
    if (typeof e.getModifierState === 'function') this.capsLock = e.getModifierState('CapsLock');
  };
}
