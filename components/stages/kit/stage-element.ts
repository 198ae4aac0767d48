import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import type { ChallengeBase, ChallengeResponse, ErrorDetail } from '../../../src/challenges.js';
import type { PasswordPolicy } from '../../../src/policy/types.js';
import { FlowError } from '../../../src/api/errors.js';
import { safeImageUrl, safeNavigationUrl } from '../../../src/url.js';
import { AkElement } from '../../base/ak-element.js';
import { formStyles, spin, tokens } from '../../styles/theme.js';
import {
  StageCrashEvent,
  StageNavigateEvent,
  StageRestartEvent,
  StageSubmitEvent,
} from './events.js';

let instances = 0;

/** Field keys come from the server: keep ids to characters every selector accepts. */
export const idSafe = (key: string): string => key.replace(/[^\w-]/g, '_');

/** What the executor hands every stage besides the challenge. */
export interface StageConfig {
  /**
   * Where authentik is. Links, avatars and redirects from the server are relative to it, not to
   * the host page (they differ when `base-url` points elsewhere).
   */
  baseUrl: string;
  /** Where authentik's API is (\`base-url\` with \`api-path\`), with a trailing slash. */
  apiBase?: string;
  /** The flow's password policy, when the page has one (the prompt stage checks it live). */
  passwordPolicy?: PasswordPolicy;
  /** Base of the breached-password range API the policy control asks. */
  hibpRangeUrl?: string;
  /** The executor's `timeout`: milliseconds before a stage's own API request counts as failed. */
  timeout?: number;
}

/**
 * Base of every stage. The executor binds `challenge`, `config` and `pending` (a request for this
 * stage is in flight; the executor is its only writer); the stage renders the challenge and
 * answers with one `ak-stage-submit` event. Stages never fetch and never navigate.
 * Re-shown with `response_errors`, the same element is reused, so what the user typed stays.
 */
export abstract class StageElement<
  C extends ChallengeBase = ChallengeBase,
  R extends ChallengeResponse = ChallengeResponse,
> extends AkElement {
  static override styles = [
    tokens,
    formStyles,
    spin,
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

  @property({ attribute: false }) challenge?: C;

  @property({ attribute: false }) config: StageConfig = { baseUrl: document.baseURI };

  // `#private` rather than TypeScript's `private` where no decorator is needed: the minifier
  // shortens `#` names only, and this class is in the script-tag bundle.
  #pending = false;

  /**
   * A request for this stage is in flight: the button shows progress and further submits are
   * ignored. Written by the executor only; its word replaces the stage's own "answer sent" guard.
   */
  @property({ type: Boolean, reflect: true })
  get pending(): boolean {
    return this.#pending;
  }
  set pending(value: boolean) {
    this.#pending = value;
    this.sent = false;
  }

  /** An answer left this stage and the executor has not answered yet. */
  @state() private sent = false;

  /** The answer sent is a background poll: it guards like any other but shows no progress. */
  #quiet = false;

  /** An answer is on its way: further submits are dropped. */
  get busy(): boolean {
    return this.pending || this.sent;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('challenge')) {
      this.sent = false;
      this.#checks.clear();
    }
  }

  /**
   * What the browser's own checks (`required`, `type=email`...) found when the form was
   * submitted, by control id: worded by the widget, in its language rather than the browser's,
   * and shown under the field as the server's errors are (errorsFor), where the browser would
   * show a bubble that goes away. Cleared as the field is edited.
   */
  #checks = new Map<string, string>();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // `invalid` neither bubbles nor leaves the shadow root: caught on its way down.
    root.addEventListener('invalid', (e) => this.#onInvalid(e), true);
    // Every control fires `input` as it is edited (a checkbox, a select and a file too).
    root.addEventListener(
      'input',
      (e) => this.#checks.delete((e.target as Element).id) && this.requestUpdate(),
      true,
    );
    return root;
  }

  /** The first control the browser found wrong at this submit (see #onInvalid). */
  #firstInvalid?: HTMLElement;

  #onInvalid(e: Event): void {
    const control = e.target as HTMLInputElement;
    // A submit's invalid events come in tree order, in one task: the first of them is the field
    // to correct first, focused once its error is drawn and linked (the update runs before the
    // timer). Not when it keeps the browser's bubble: the browser focused it already.
    if (!this.#firstInvalid) {
      this.#firstInvalid = control;
      setTimeout(() => {
        if (this.#checks.has(control.id)) control.focus();
        this.#firstInvalid = undefined;
      });
    }
    // A field's own control (fieldId); a radio of a group, or a control of its own (the password
    // policy's), keeps the browser's bubble: there is no field's error list for it here.
    if (!control.id.startsWith(`${this.uid}-field-`) || control.type === 'radio') return;
    e.preventDefault();
    const { validity } = control;
    this.#checks.set(
      control.id,
      validity.valueMissing
        ? msg('This field is required.')
        : // The widget's only typed fields that can mismatch are email fields (no url prompt).
          validity.typeMismatch
          ? msg('Enter a valid email address.')
          : control.validationMessage,
    );
    this.requestUpdate();
  }

  /**
   * The error boundary: a render that throws shows a message and "Start over" instead of a blank
   * or stale card, and the executor hears of it. The next challenge renders as usual.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.#refused = false;
    try {
      super.update(changed);
      this.#reportRefusal();
    } catch (error) {
      // Lit's bookkeeping for this update did not finish: run it again with a render that cannot
      // throw, then give the element its own render back.
      const self = this as unknown as { render: () => unknown };
      self.render = () => this.#renderCrash();
      try {
        super.update(changed);
      } finally {
        delete (self as Partial<typeof self>).render;
      }
      this.dispatchEvent(new StageCrashEvent(error));
    }
  }

  /** The render shows a refused server URL (see renderRefused). */
  #refused = false;
  /**
   * The executor has heard of a refused URL from this element: once per element, which is once
   * per step (a new step gets a new element; a re-read in another language keeps it).
   */
  #refusalReported = false;

  #reportRefusal(): void {
    if (!this.#refused || this.#refusalReported) return;
    this.#refusalReported = true;
    const component = this.challenge?.component ?? '';
    const error = new FlowError(
      'render',
      `The stage for ${component} was sent an address it may not open (not http or https).`,
      { detail: component },
    );
    this.dispatchEvent(new StageCrashEvent(error));
  }

  /**
   * What a stage shows in place of a server URL it refused (\`javascript:\`, \`data:\`, ...): the
   * \`message\`, and "Start over" rather than a dead end. The host page hears of it as a \`render\`
   * error, once per challenge.
   */
  protected renderRefused(message: string): TemplateResult {
    this.#refused = true;
    return html`<div class="stage">
      <p class="alert danger" role="alert" part="errors">${message}</p>
      <button class="button secondary" type="button" @click=${() => this.restart('restart')}>
        ${msg('Start over')}
      </button>
    </div>`;
  }

  #renderCrash(): TemplateResult {
    return html`<div class="stage">
      <div class="alert danger" role="alert" part="errors">
        ${msg('This step could not be shown.')}
      </div>
      <button class="button secondary" type="button" @click=${() => this.restart('restart')}>
        ${msg('Start over')}
      </button>
    </div>`;
  }

  /** A server URL checked for navigation (http(s) or relative to authentik), else null. */
  navigationUrl(url: unknown): string | null {
    return safeNavigationUrl(url, this.config.baseUrl);
  }

  /** A server URL checked for an image source, else null. */
  imageUrl(url: unknown): string | null {
    return safeImageUrl(url, this.config.baseUrl);
  }

  /** Dispatches the answer once; ignored while a previous answer is on its way. */
  protected submit(
    response: R,
    { background = false, wait }: { background?: boolean; wait?: number } = {},
  ): void {
    if (this.busy) return;
    this.sent = true;
    this.#quiet = background;
    this.dispatchEvent(new StageSubmitEvent(response, background, wait));
  }

  /** The answer for what the user entered; called when the stage's form is submitted. */
  protected response(): R {
    return { component: this.challenge?.component ?? '' } as R;
  }

  /** Enter and the button both land here: a real form submit, never a page navigation. */
  protected onSubmit(e: Event): void {
    e.preventDefault();
    if (this.busy) return;
    this.submit(this.response());
  }

  /** Whether to show (and announce) progress: a pending answer the user gave. */
  protected get showsProgress(): boolean {
    return this.busy && !this.#quiet;
  }

  /** Asks the executor to drop the plan and start the flow again. */
  restart(reason: StageRestartEvent['reason']): void {
    this.dispatchEvent(new StageRestartEvent(reason));
  }

  /**
   * Asks the executor to go to a checked URL; true when the host page took over instead (it
   * cancelled `ak-flow-redirect`).
   */
  protected navigate(to: string): boolean {
    const event = new StageNavigateEvent(to);
    this.dispatchEvent(event);
    return event.handedOver;
  }

  /**
   * Errors the server reported for one field (own keys only: field keys come from the server),
   * and what the browser's checks found in it at the last submit.
   */
  errorsFor(field: string): ErrorDetail[] {
    const errors = this.challenge?.response_errors;
    const server = errors && Object.hasOwn(errors, field) ? errors[field] : [];
    const check = this.#checks.get(this.fieldId(field));
    return check ? [...server, { string: check, code: 'invalid' }] : server;
  }

  /** Prefix of every id this element renders: two light-DOM stages in one document must not share ids. */
  readonly uid = `ak-stage-${++instances}`;

  /** `id` of the control for a field. */
  fieldId(field: string): string {
    return `${this.uid}-field-${idSafe(field)}`;
  }

  /** `id` of a field's help text. */
  helpId(field: string): string {
    return `${this.uid}-help-${idSafe(field)}`;
  }

  /** `id` of a field's error list, for `aria-describedby`. */
  errorId(field: string): string {
    return `${this.uid}-error-${idSafe(field)}`;
  }

  isInvalid(field: string): boolean {
    return this.errorsFor(field).length > 0;
  }

  /** `aria-describedby` for a field: its help, its errors and any extra hints that exist. */
  describedBy(field: string, hasHelp = false, extra: string[] = []): string | undefined {
    const ids = [
      ...(hasHelp ? [this.helpId(field)] : []),
      ...(this.isInvalid(field) ? [this.errorId(field)] : []),
      ...extra,
    ];
    return ids.length ? ids.join(' ') : undefined;
  }

  /** The errors under a field, linked by `errorId(field)`. */
  renderFieldErrors(field: string): TemplateResult | typeof nothing {
    const errors = this.errorsFor(field);
    if (!errors.length) return nothing;
    // The browser's checks are news when they come (the field may have had the focus already).
    return html`<div
      id=${this.errorId(field)}
      class="field-errors"
      role=${ifDefined(this.#checks.has(this.fieldId(field)) ? 'alert' : undefined)}
    >
      ${errors.map((e) => html`<p class="field-error" part="field-error">${e.string}</p>`)}
    </div>`;
  }

  /** `non_field_errors` (password-policy failures arrive here), shown above the submit button. */
  protected renderNonFieldErrors(): unknown {
    const errors = this.errorsFor('non_field_errors');
    if (!errors.length) return nothing;
    // A new node for every answer: the same error a second time is announced a second time.
    return keyed(
      this.challenge,
      html`<div
        class="alert danger"
        role="alert"
        part="errors"
        id=${this.errorId('non_field_errors')}
      >
        ${
          errors.length === 1
            ? errors[0].string
            : html`<ul>
                ${errors.map((e) => html`<li>${e.string}</li>`)}
              </ul>`
        }
      </div>`,
    );
  }

  /** The primary button, with a visible and announced progress state while pending. */
  protected renderSubmit(label: string = msg('Continue')): TemplateResult {
    return html`<button
      class="button"
      part="submit"
      type="submit"
      aria-disabled=${this.showsProgress ? 'true' : 'false'}
    >
      ${this.showsProgress ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <span>${label}</span>
      ${this.showsProgress ? html`<span class="sr-only">${msg('Working…')}</span>` : nothing}
    </button>`;
  }

  /** Moves focus to the first invalid field, else the first field, else the stage's heading. */
  focusFirst(): void {
    const root = this.contentRoot;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      // Helper inputs kept out of the tab order (the password stage's username) are skipped.
      root.querySelector<HTMLElement>(
        'input:not([type=hidden]):not([disabled]):not([tabindex="-1"]), select, textarea, [data-autofocus]',
      ) ??
      root.querySelector<HTMLElement>('h1, h2, h3, [role=heading]') ??
      root.querySelector<HTMLElement>('button, a[href]');
    if (!target) return;
    // An invalid group (a fieldset of radio buttons): its chosen control, else its first.
    const control = target.matches('input, select, textarea')
      ? null
      : (target.querySelector<HTMLElement>('input:checked:not([disabled])') ??
        target.querySelector<HTMLElement>('input:not([disabled]), select, textarea'));
    if (control) {
      control.focus();
      return;
    }
    if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) {
      target.tabIndex = -1;
    }
    target.focus();
  }
}
