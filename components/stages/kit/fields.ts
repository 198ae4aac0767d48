// Form field templates shared by the stages: labelled inputs wired to their help and server errors
// by id, the password input (show/hide, Caps Lock), the one-time-code input and the pending user
// with "Not you?". Functions of the stage, not base-class methods: a stage uses what it needs.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { ChallengeBase } from '../../../src/challenges.js';
import type { PasswordController } from './controllers/password.js';
import { writeRemembered } from './remember-me.js';
import { idSafe } from './stage-element.js';
import type { StageElement } from './stage-element.js';

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
  /** Password managers' generator rules (`minlength: 12; required: digit;`), from the policy. */
  passwordrules?: string;
  required?: boolean;
  placeholder?: string;
  readonly?: boolean;
  inputmode?: string;
  /** Help under the field, linked with `aria-describedby`. */
  help?: unknown;
  /** Extra ids for `aria-describedby` (live hints). */
  describedBy?: string[];
  /** keydown/keyup listener (Caps Lock tracking in password fields). */
  onKey?: (e: KeyboardEvent) => void;
}

export interface PasswordOptions extends Omit<InputOptions, 'type' | 'onKey'> {
  allowShow?: boolean;
}

export interface CodeOptions {
  value: string;
  onInput: (value: string) => void;
  label?: string;
  help?: unknown;
  /** Recovery codes are letters and digits: no numeric keyboard. */
  alphanumeric?: boolean;
}

const hasContent = (help: unknown): boolean =>
  help !== undefined && help !== null && help !== '' && help !== nothing;

/** A field's label, with a required mark hidden from screen readers (the input says required). */
export function label(id: string, text: string, required = false): TemplateResult {
  return html`<label class="label" for=${id} part="label"
    >${text}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
  >`;
}

/** Help under a field, with the id `aria-describedby` points at. */
export function help(
  stage: StageElement,
  field: string,
  content: unknown,
): TemplateResult | typeof nothing {
  if (!hasContent(content)) return nothing;
  return html`<div class="help" id=${stage.helpId(field)} part="help">${content}</div>`;
}

/** A labelled `<input>` with its help and server errors; `after` sits beside it (a toggle). */
export function field(stage: StageElement, o: InputOptions, after?: unknown): TemplateResult {
  const id = stage.fieldId(o.field);
  const hasHelp = hasContent(o.help);
  const input = html`<input
    id=${id}
    class="input"
    part="input"
    type=${o.type ?? 'text'}
    name=${o.name ?? o.field}
    autocomplete=${ifDefined(o.autocomplete)}
    passwordrules=${ifDefined(o.passwordrules || undefined)}
    inputmode=${ifDefined(o.inputmode)}
    placeholder=${ifDefined(o.placeholder || undefined)}
    ?required=${!!o.required}
    ?readonly=${!!o.readonly}
    .value=${live(o.value)}
    aria-invalid=${stage.isInvalid(o.field) ? 'true' : 'false'}
    aria-describedby=${ifDefined(stage.describedBy(o.field, hasHelp, o.describedBy))}
    @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    @keydown=${o.onKey}
    @keyup=${o.onKey}
  />`;
  return html`<div class="field">
    ${label(id, o.label, o.required)}
    ${after ? html`<div class="row">${input}${after}</div>` : input} ${help(stage, o.field, o.help)}
    ${stage.renderFieldErrors(o.field)}
  </div>`;
}

/**
 * The show/hide icon button inside a password field (an eye, struck through while shown): one
 * name, "Show password", and `aria-pressed` for its state. The policy control uses it too.
 */
export function passwordToggle(id: string, shown: boolean, onClick: () => void): TemplateResult {
  return html`<button
    class="toggle"
    part="toggle"
    type="button"
    aria-label=${msg('Show password')}
    aria-controls=${id}
    aria-pressed=${shown ? 'true' : 'false'}
    @click=${onClick}
  >
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      aria-hidden="true"
    >
      <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      <path class="slash" d="M4 4l16 16" />
    </svg>
  </button>`;
}

/**
 * The pending user as `autocomplete="username"` for password managers (the password and MFA
 * stages): read-only, out of the tab order and of the accessibility tree, since the user is
 * shown above and cannot edit it here.
 */
export function hiddenUsername(user: string | undefined): TemplateResult {
  return html`<input
    class="sr-only"
    type="text"
    name="username"
    autocomplete="username"
    readonly
    tabindex="-1"
    aria-hidden="true"
    .value=${user ?? ''}
  />`;
}

/** A password input: show/hide when allowed and a Caps Lock warning while it is on. */
export function passwordField(
  stage: StageElement,
  passwords: PasswordController,
  o: PasswordOptions,
): TemplateResult {
  const shown = passwords.isShown(o.field);
  const capsId = `${stage.uid}-caps-${idSafe(o.field)}`;
  const caps = passwords.capsLock === (o.name ?? o.field);
  const toggle = o.allowShow
    ? passwordToggle(stage.fieldId(o.field), shown, () => passwords.toggle(o.field))
    : undefined;
  return html`${field(
      stage,
      {
        ...o,
        type: shown ? 'text' : 'password',
        onKey: passwords.track,
        describedBy: [...(o.describedBy ?? []), ...(caps ? [capsId] : [])],
      },
      toggle,
    )}
    <p class="hint warning live" id=${capsId} role="status" part="caps-lock">
      ${caps ? html`<span>${msg('Caps Lock is on.')}</span>` : nothing}
    </p>`;
}

/**
 * A one-time code input: `name=code`, `autocomplete=one-time-code` (recovery codes too: password
 * managers keep them), numeric keyboard unless alphanumeric.
 */
export function codeField(stage: StageElement, o: CodeOptions): TemplateResult {
  return field(stage, {
    field: 'code',
    label: o.label ?? msg('Code'),
    value: o.value,
    onInput: o.onInput,
    autocomplete: 'one-time-code',
    inputmode: o.alphanumeric ? 'text' : 'numeric',
    required: true,
    help: o.help,
  });
}

interface WithUser {
  pending_user?: string;
  pending_user_avatar?: string;
}

/**
 * The user being signed in, with their avatar; `notYou` adds "Not you?", which drops the plan
 * through the flow's cancel URL.
 */
export function pendingUser(
  stage: StageElement<ChallengeBase & WithUser>,
  { notYou = false } = {},
): TemplateResult | typeof nothing {
  const c = stage.challenge;
  if (!c?.pending_user) return nothing;
  const avatar = stage.imageUrl(c.pending_user_avatar);
  return html`<div class="user" part="user">
    ${avatar ? html`<img class="avatar" src=${avatar} alt="" loading="lazy" decoding="async" />` : nothing}
    <span><bdi>${c.pending_user}</bdi></span>
    ${
      notYou
        ? html`<button
            class="link"
            type="button"
            @click=${() => {
              // Someone else: a remembered identifier must not send them on as this user again.
              writeRemembered(stage.config.baseUrl, null);
              stage.restart('cancel');
            }}
          >
            ${msg('Not you?')}
          </button>`
        : nothing
    }
  </div>`;
}
