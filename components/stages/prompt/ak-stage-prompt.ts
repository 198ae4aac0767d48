import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { AkPasswordPolicyInput } from '../../controls/password-policy/ak-password-policy-input.js';
import { PasswordController } from '../kit/controllers/password.js';
import { define } from '../kit/define.js';
import { field, help, label, passwordField } from '../kit/fields.js';
import type { InputOptions } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { matchHint } from '../kit/match.js';
import { htmlHasContent, safeHtml } from '../kit/sanitize.js';
import { passwordRules } from '../../../src/policy/static.js';
import type { PromptChallenge, PromptResponse, PromptType, StagePrompt } from './types.js';
import { isolate } from '../../locales/bidi.js';

type Value = string | boolean;

/** What every field renderer gets besides the prompt. */
interface FieldContext {
  /** All the stage's prompts, in order (a password looks for its `_repeat`). */
  fields: StagePrompt[];
  /** The control's id. */
  id: string;
  invalid: 'true' | 'false';
  describedBy: string | undefined;
  /** The sanitized sub text and the server's errors, under the control. */
  after: TemplateResult;
  /** The options of a plain labelled input. */
  input: InputOptions;
}

/** Types that show something but send nothing. */
const DISPLAY_ONLY = new Set<PromptType>([
  'separator',
  'static',
  'alert_info',
  'alert_warning',
  'alert_danger',
]);

/** Types whose value is drawn by their own input only (what was typed is already on screen). */
const VALUE_ONLY = new Set<PromptType>([
  'text',
  'text_area',
  'username',
  'email',
  'password',
  'number',
  'date',
  'date-time',
]);

/** A field without errors (one array, so a control bound to it sees no change). */
const NO_ERRORS: string[] = [];

/**
 * Types whose empty value, when optional, is left out of the answer rather than sent as "":
 * authentik refuses "" for them even when optional (no number, date, choice or file; a username
 * may not be blank) but skips a field left out. (Optional text, text areas and emails take "".
 * A password is still sent: authentik compares two password fields' raw answers.)
 */
const OMIT_WHEN_EMPTY = new Set<PromptType>([
  'number',
  'date',
  'date-time',
  'file',
  'username',
  'dropdown',
  'radio-button-group',
]);
/** Required, yet blank is a valid answer (authentik: "Auto-detect" is the blank locale). */
const BLANK_ALLOWED = new Set<PromptType>(['ak-locale']);

/** Locales authentik ships; the server validates the value. */
const LOCALES = [
  'cs_CZ',
  'de',
  'en',
  'es',
  'fi_FI',
  'fr',
  'it',
  'ja_JP',
  'ko',
  'nl',
  'pl',
  'pt_BR',
  'ru',
  'tr',
  'zh-Hans',
  'zh-Hant',
];

/** Autofill hints for the field keys enrollment flows commonly use. */
const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  full_name: 'name',
  first_name: 'given-name',
  given_name: 'given-name',
  last_name: 'family-name',
  family_name: 'family-name',
  phone: 'tel',
  phone_number: 'tel',
  organization: 'organization',
  company: 'organization',
};

const autocompleteFor = (key: string): string =>
  Object.hasOwn(AUTOCOMPLETE, key) ? AUTOCOMPLETE[key] : 'off';

/** Each language named in itself ("DE - Deutsch"); built once, Intl.DisplayNames is costly. */
let localeOptions: { value: string; label: string }[] | undefined;
function localeChoices(): { value: string; label: string }[] {
  return (localeOptions ??= LOCALES.map((code) => ({ value: code, label: localeLabel(code) })));
}

function localeLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames([code.replace('_', '-')], { type: 'language' }).of(
      code.replace('_', '-'),
    );
    return name ? `${code.toUpperCase()} - ${name}` : code;
  } catch {
    return code;
  }
}

function initialOf(p: StagePrompt): Value {
  if (p.type === 'checkbox') {
    return !!p.initial_value && !/^(false|0|off|no)$/i.test(p.initial_value);
  }
  if (p.type === 'file') return '';
  return p.initial_value ?? '';
}

/**
 * The prompt stage: whatever fields the flow designer configured, in `order`, each sent back
 * under its `field_key`. Server HTML (`static`, alerts, `sub_text`) is sanitized (kit/sanitize.ts).
 * Password fields use `autocomplete="new-password"` and, with a policy, its `passwordrules`; a
 * `<key>_repeat` field gets a live
 * "passwords match" hint. With `config.passwordPolicy` it renders the policy's password field with
 * `<ak-password-policy-input>` (loaded on demand).
 *
 * @fires ak-stage-submit - `{component, [field_key]: value}`
 * @csspart label - field labels
 * @csspart input - inputs, text areas and selects
 * @csspart help - a field's sub text
 * @csspart static - static text and alerts
 * @csspart field-error - one server error under a field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStagePrompt extends StageElement<PromptChallenge, PromptResponse> {
  static override styles = [
    ...StageElement.styles,
    css`
      textarea.input {
        min-height: 4em;
        resize: vertical;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.35rem;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .separator {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        color: var(--_muted);
        font-size: 0.85rem;
      }
      .separator hr {
        flex: 1;
        border: none;
        border-top: 1px solid var(--_border);
        margin: 0;
      }
      .static > :first-child {
        margin-top: 0;
      }
      .static > :last-child {
        margin-bottom: 0;
      }
    `,
  ];

  /**
   * What the user entered, by field key. Not reactive: a keystroke re-renders the stage only when
   * something drawn follows the value (see set()); the inputs already show what was typed.
   */
  private values: Record<string, Value> = {};
  private readonly passwords = new PasswordController(this);
  @state() private fileNames: Record<string, string> = {};
  /** File reads still running; a submit waits for them. */
  private reads = new Map<string, Promise<void>>();
  /** The user submitted while a file was being read: progress shows until the answer leaves. */
  @state() private waiting = false;

  protected override get showsProgress(): boolean {
    return super.showsProgress || this.waiting;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('challenge') && this.challenge) {
      // Keep what the user typed when the same stage comes back with errors.
      const next = { ...this.values };
      for (const p of this.challenge.fields ?? []) {
        if (!Object.hasOwn(next, p.field_key)) next[p.field_key] = initialOf(p);
      }
      this.values = next;
    }
    if (changed.has('config') && this.config.passwordPolicy) {
      void import('../../controls/password-policy/ak-password-policy-input.js');
    }
  }

  private get fields(): StagePrompt[] {
    return [...(this.challenge?.fields ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }

  /** What the user entered for a field (own keys only: `constructor` is a field key like any). */
  private value(key: string): Value | undefined {
    return Object.hasOwn(this.values, key) ? this.values[key] : undefined;
  }

  private set(key: string, value: Value): void {
    this.values = { ...this.values, [key]: value };
    if (this.drawsValueOf(key)) this.requestUpdate();
  }

  /**
   * Whether the stage draws something from the field's value besides its own input: a select's
   * placeholder option, a file's "required", the "passwords match" line of a repeat pair (once the
   * repeat has a value). Text typed into a plain input re-renders nothing.
   */
  private drawsValueOf(key: string): boolean {
    const field = this.challenge?.fields?.find((f) => f.field_key === key);
    if (!field || !VALUE_ONLY.has(field.type)) return true;
    if (field.type !== 'password') return false;
    const fields = this.challenge?.fields ?? [];
    // The repeat itself: its match line and aria-describedby follow it.
    if (this.isRepeatOf(field, fields)) return true;
    // The password of a pair: only while its repeat has a value (the line compares them).
    const repeat = fields.find(
      (f) => this.isRepeatOf(f, fields) && f.field_key === `${key}_repeat`,
    );
    return !!repeat && this.str(repeat.field_key) !== '';
  }

  private str(key: string): string {
    const v = this.value(key);
    return typeof v === 'string' ? v : '';
  }

  protected override response(): PromptResponse {
    const r: PromptResponse = { component: 'ak-stage-prompt' };
    for (const p of this.fields) {
      if (DISPLAY_ONLY.has(p.type)) continue;
      const v = this.value(p.field_key) ?? initialOf(p);
      if (v === '' && !p.required && OMIT_WHEN_EMPTY.has(p.type)) continue;
      // Defined, not assigned: a field named `__proto__` is data too.
      Object.defineProperty(r, p.field_key, { value: v, enumerable: true, writable: true });
    }
    return r;
  }

  protected override onSubmit(e: Event): void {
    e.preventDefault();
    if (this.busy || this.waiting) return;
    if (!this.reads.size) {
      this.submit(this.response());
      return;
    }
    // A file is still being read: answer once it is in.
    this.waiting = true;
    void Promise.all(this.reads.values()).then(() => {
      this.waiting = false;
      this.submit(this.response());
    });
  }

  private readFile(key: string, input: HTMLInputElement): void {
    const file = input.files?.[0];
    this.fileNames = { ...this.fileNames, [key]: file?.name ?? '' };
    if (!file) {
      this.set(key, '');
      return;
    }
    const read = new Promise<void>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        this.set(key, typeof reader.result === 'string' ? reader.result : '');
        resolve();
      };
      reader.onerror = () => {
        this.set(key, '');
        resolve();
      };
      reader.readAsDataURL(file);
    }).finally(() => {
      if (this.reads.get(key) === read) this.reads.delete(key);
    });
    this.reads.set(key, read);
  }

  /** The "passwords match" hint under `<key>_repeat`. */
  private renderMatch(p: StagePrompt): TemplateResult | typeof nothing {
    const base = p.field_key.replace(/_repeat$/, '');
    return matchHint(`${this.uid}-match`, this.str(base), this.str(p.field_key));
  }

  /**
   * The password field that `non_field_errors` concern: password policies (and authentik's "Passwords
   * don't match") report there, so the policy's password field, else the first password field,
   * is marked invalid and gets the focus.
   */
  private get blamed(): string | undefined {
    if (!this.errorsFor('non_field_errors').length) return undefined;
    const passwords = this.fields.filter((f) => f.type === 'password');
    const policyField = this.config.passwordPolicy?.password_field || 'password';
    return (passwords.find((f) => f.field_key === policyField) ?? passwords[0])?.field_key;
  }

  override isInvalid(field: string): boolean {
    return super.isInvalid(field) || field === this.blamed;
  }

  override errorId(field: string): string {
    // The blamed password with no errors of its own is described by the non-field alert.
    return field !== 'non_field_errors' && field === this.blamed && !super.isInvalid(field)
      ? super.errorId('non_field_errors')
      : super.errorId(field);
  }

  override focusFirst(): void {
    const root = this.contentRoot;
    // In shadow DOM the policy control's input is out of reach of the base class's query: the
    // control is focused when it is invalid and no invalid field comes before it.
    const control = root.querySelector<AkPasswordPolicyInput>('ak-password-policy-input');
    const before = root.querySelector('[aria-invalid="true"]');
    const invalid = control && (this.blamed || super.isInvalid(control.name));
    if (
      invalid &&
      (!before || !(before.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING))
    )
      control.focus();
    else super.focusFirst();
  }

  private isRepeatOf(p: StagePrompt, fields: StagePrompt[]): boolean {
    return (
      p.type === 'password' &&
      p.field_key.endsWith('_repeat') &&
      fields.some(
        (f) => f.type === 'password' && f.field_key === p.field_key.replace(/_repeat$/, ''),
      )
    );
  }

  /** Error texts per server error list: the same array on every render of the same challenge. */
  private readonly errorTexts = new WeakMap<object, string[]>();

  /**
   * The field's error texts. A new array on every render would make the policy control update
   * again after every keystroke (the stage re-renders it for each one).
   */
  private errorTextsFor(key: string): string[] {
    const errors = this.errorsFor(key);
    if (!errors.length) return NO_ERRORS;
    let texts = this.errorTexts.get(errors);
    if (!texts) this.errorTexts.set(errors, (texts = errors.map((e) => e.string)));
    return texts;
  }

  /** The policy's password field; its `_repeat` field (a plain one) shows whether they match. */
  private renderPolicyPassword(p: StagePrompt): TemplateResult {
    return html`<ak-password-policy-input
      part="password-policy"
      .policy=${this.config.passwordPolicy}
      .hibpRangeUrl=${this.config.hibpRangeUrl}
      .name=${p.field_key}
      .label=${p.label}
      .value=${this.str(p.field_key)}
      .autocomplete=${'new-password'}
      .required=${p.required}
      .placeholder=${p.placeholder ?? ''}
      .help=${p.sub_text ?? ''}
      .errors=${this.errorTextsFor(p.field_key)}
      .invalid=${this.isInvalid(p.field_key)}
      .errorsElsewhere=${
        p.field_key === this.blamed ? this.errorTextsFor('non_field_errors') : NO_ERRORS
      }
      .lightDom=${this.lightDom}
      @input=${(e: Event) =>
        this.set(p.field_key, (e.currentTarget as AkPasswordPolicyInput).value)}
    ></ak-password-policy-input>`;
  }

  /** One renderer per prompt type: the field's control, label, help and errors. */
  private readonly renderers: Record<PromptType, (p: StagePrompt, f: FieldContext) => unknown> = {
    text: (p, f) => field(this, { ...f.input, autocomplete: autocompleteFor(p.field_key) }),
    username: (_, f) => field(this, { ...f.input, autocomplete: 'username' }),
    email: (_, f) =>
      field(this, { ...f.input, type: 'email', autocomplete: 'email', inputmode: 'email' }),
    number: (_, f) => field(this, { ...f.input, type: 'number', inputmode: 'numeric' }),
    date: (_, f) => field(this, { ...f.input, type: 'date' }),
    'date-time': (_, f) => field(this, { ...f.input, type: 'datetime-local' }),
    text_read_only: (_, f) => field(this, { ...f.input, readonly: true, required: false }),
    password: (p, f) => this.renderPasswordPrompt(p, f),
    text_area: (p, f) => this.renderTextArea(p, f, false),
    text_area_read_only: (p, f) => this.renderTextArea(p, f, true),
    checkbox: (p, f) =>
      html`<div class="field">
        <div class="check">
          <input
            id=${f.id}
            type="checkbox"
            part="checkbox"
            name=${p.field_key}
            ?required=${p.required}
            .checked=${live(this.value(p.field_key) === true)}
            aria-invalid=${f.invalid}
            aria-describedby=${ifDefined(f.describedBy)}
            @change=${(e: Event) => this.set(p.field_key, (e.target as HTMLInputElement).checked)}
          />
          ${label(f.id, p.label, p.required)}
        </div>
        ${f.after}
      </div>`,
    'radio-button-group': (p, f) =>
      html`<fieldset
        class="field"
        aria-describedby=${ifDefined(f.describedBy)}
        aria-invalid=${f.invalid}
      >
        <legend class="label" part="label">
          ${p.label}${p.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}
        </legend>
        ${(p.choices ?? []).map(
          (choice, i) =>
            html`<div class="check">
              <input
                id=${`${f.id}-${i}`}
                type="radio"
                part="radio"
                name=${p.field_key}
                .value=${choice.value}
                ?required=${p.required}
                .checked=${live(this.str(p.field_key) === choice.value)}
                aria-invalid=${f.invalid}
                @change=${() => this.set(p.field_key, choice.value)}
              />
              <label for=${`${f.id}-${i}`}>${choice.label}</label>
            </div>`,
        )}
        ${f.after}
      </fieldset>`,
    dropdown: (p, f) => this.renderSelect(p, f, p.choices ?? []),
    'ak-locale': (p, f) =>
      this.renderSelect(p, f, [
        { value: '', label: msg('Auto-detect (based on your browser)') },
        ...localeChoices(),
      ]),
    file: (p, f) => {
      const name = Object.hasOwn(this.fileNames, p.field_key) ? this.fileNames[p.field_key] : '';
      return html`<div class="field">
        ${label(f.id, p.label, p.required)}
        <input
          id=${f.id}
          class="input"
          part="input"
          type="file"
          name=${p.field_key}
          ?required=${p.required && !this.value(p.field_key)}
          aria-invalid=${f.invalid}
          aria-describedby=${ifDefined(f.describedBy)}
          @change=${(e: Event) => this.readFile(p.field_key, e.target as HTMLInputElement)}
        />
        ${name ? html`<p class="help">${msg(str`Selected: ${isolate(name)}`)}</p>` : nothing}
        ${f.after}
      </div>`;
    },
    hidden: (p) =>
      html`<input type="hidden" name=${p.field_key} .value=${this.str(p.field_key)} />`,
    separator: (p) =>
      html`<div class="separator" part="separator">
        <hr />
        ${
          p.placeholder
            ? html`<span>${p.placeholder}</span>
                <hr />`
            : nothing
        }
      </div>`,
    static: (p) => this.renderAlert(p, ''),
    alert_info: (p) => this.renderAlert(p, 'info'),
    alert_warning: (p) => this.renderAlert(p, 'warning'),
    alert_danger: (p) => this.renderAlert(p, 'danger'),
  };

  private renderPasswordPrompt(p: StagePrompt, f: FieldContext): TemplateResult {
    const policyField = this.config.passwordPolicy?.password_field || 'password';
    if (this.config.passwordPolicy && p.field_key === policyField) {
      return this.renderPolicyPassword(p);
    }
    const repeat = this.isRepeatOf(p, f.fields);
    const policy = this.config.passwordPolicy;
    return html`${passwordField(this, this.passwords, {
      ...f.input,
      autocomplete: 'new-password',
      passwordrules: policy && passwordRules(policy),
      allowShow: true,
      describedBy: repeat && this.str(p.field_key) ? [`${this.uid}-match`] : [],
    })}${repeat ? this.renderMatch(p) : nothing}`;
  }

  private renderTextArea(p: StagePrompt, f: FieldContext, readonly: boolean): TemplateResult {
    return html`<div class="field">
      ${label(f.id, p.label, p.required && !readonly)}
      <textarea
        id=${f.id}
        class="input"
        part="input"
        name=${p.field_key}
        placeholder=${ifDefined(p.placeholder || undefined)}
        ?required=${p.required && !readonly}
        ?readonly=${readonly}
        .value=${live(this.str(p.field_key))}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @input=${(e: Event) => this.set(p.field_key, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${f.after}
    </div>`;
  }

  private renderSelect(
    p: StagePrompt,
    f: FieldContext,
    options: { value: string; label: string }[],
  ): TemplateResult {
    const value = this.str(p.field_key);
    const unset = !options.some((o) => o.value === value);
    return html`<div class="field">
      ${label(f.id, p.label, p.required)}
      <select
        id=${f.id}
        class="input"
        part="input"
        name=${p.field_key}
        autocomplete=${p.type === 'ak-locale' ? 'language' : 'off'}
        ?required=${p.required && !BLANK_ALLOWED.has(p.type)}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => this.set(p.field_key, (e.target as HTMLSelectElement).value)}
      >
        ${unset ? html`<option value="" .selected=${true}>${msg('Select an option')}</option>` : nothing}
        ${options.map(
          (o) => html`<option .value=${o.value} .selected=${o.value === value}>${o.label}</option>`,
        )}
      </select>
      ${f.after}
    </div>`;
  }

  /** Static text or an alert box from server HTML; nothing at all when it has no text. */
  private renderAlert(p: StagePrompt, kind: '' | 'info' | 'warning' | 'danger'): unknown {
    if (!htmlHasContent(p.initial_value)) return nothing;
    return html`<div class="${kind ? `alert ${kind} ` : ''}static" part="static">
      ${safeHtml(p.initial_value)}
    </div>`;
  }

  private renderField(p: StagePrompt, fields: StagePrompt[]): unknown {
    const render = Object.hasOwn(this.renderers, p.type) ? this.renderers[p.type] : undefined;
    if (!render) {
      return html`<p class="alert warning">
        ${msg(str`This field (${isolate(p.label || p.field_key)}) cannot be shown here.`)}
      </p>`;
    }
    const key = p.field_key;
    const subText = p.sub_text ? safeHtml(p.sub_text) : undefined;
    return render(p, {
      fields,
      id: this.fieldId(key),
      invalid: this.isInvalid(key) ? 'true' : 'false',
      describedBy: this.describedBy(key, !!subText),
      after: html`${help(this, key, subText)} ${this.renderFieldErrors(key)}`,
      input: {
        field: key,
        label: p.label,
        value: this.str(key),
        required: p.required,
        placeholder: p.placeholder,
        help: subText,
        onInput: (v: string) => this.set(key, v),
      },
    });
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const fields = this.fields;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${fields.map((p) => this.renderField(p, fields))} ${this.renderNonFieldErrors()}
      ${this.renderSubmit()}
    </form>`;
  }
}
define('ak-stage-prompt', AkStagePrompt);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-prompt': AkStagePrompt;
  }
}
