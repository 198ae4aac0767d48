import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { ChallengeBase, ChallengeResponse, ErrorDetail } from '../../src/challenges.js';
import { safeImageUrl, safeNavigationUrl } from '../../src/url.js';
import { AkElement } from '../base/ak-element.js';
import { formStyles, spin, tokens } from '../styles/theme.js';
import { StageActionEvent, StageSubmitEvent } from './events.js';

let instances = 0;

/** Field keys come from the server: keep ids to characters every selector accepts. */
export const idSafe = (key: string): string => key.replace(/[^\w-]/g, '_');

/**
 * Base of every stage. The executor sets `challenge` (and `pending` while a POST is in flight);
 * the stage renders it and answers with one `ak-stage-submit` event. Stages never fetch.
 * Re-shown with `response_errors`, the same element is reused, so what the user typed stays.
 */
export abstract class StageElement<
  C extends ChallengeBase = ChallengeBase,
  R extends ChallengeResponse = ChallengeResponse,
> extends AkElement {
  static override styles = [tokens, formStyles, spin];

  @property({ attribute: false }) challenge?: C;

  /**
   * Where authentik is. Links, avatars and redirects from the server are relative to it, not to
   * the host page (they differ when `base-url` points elsewhere). Set by the executor.
   */
  @property({ attribute: false }) baseUrl: string = document.baseURI;

  /** A server URL checked for navigation (http(s) or relative to authentik), else null. */
  protected navigationUrl(url: unknown): string | null {
    return safeNavigationUrl(url, this.baseUrl);
  }

  /** A server URL checked for an image source, else null. */
  protected imageUrl(url: unknown): string | null {
    return safeImageUrl(url, this.baseUrl);
  }

  /** A submit is in flight: the button shows progress and further submits are ignored. */
  @property({ type: Boolean, reflect: true }) pending = false;

  /** Dispatches the answer once; ignored while a previous answer is pending. */
  protected submit(response: R, { background = false } = {}): void {
    if (this.pending) return;
    this.pending = true;
    this.quiet = background;
    this.dispatchEvent(new StageSubmitEvent(response, background));
  }

  /** The pending answer is a background poll: it guards like any other but shows no progress. */
  private quiet = false;

  /** Whether to show (and announce) progress: a pending answer the user gave. */
  protected get showsProgress(): boolean {
    return this.pending && !this.quiet;
  }

  protected action(action: StageActionEvent['action']): void {
    this.dispatchEvent(new StageActionEvent(action));
  }

  /** Errors the server reported for one field. */
  protected errorsFor(field: string): ErrorDetail[] {
    return this.challenge?.response_errors?.[field] ?? [];
  }

  /** Prefix of every id this element renders: two light-DOM stages in one document must not share ids. */
  protected readonly uid = `ak-stage-${++instances}`;

  /** `id` of a field's error list, for `aria-describedby`. Field keys come from the server. */
  protected errorId(field: string): string {
    return `${this.uid}-error-${idSafe(field)}`;
  }

  /** The errors under a field, linked by `errorId(field)`. */
  protected renderFieldErrors(field: string): TemplateResult | typeof nothing {
    const errors = this.errorsFor(field);
    if (!errors.length) return nothing;
    return html`<div id=${this.errorId(field)} class="field-errors">
      ${errors.map((e) => html`<p class="field-error" part="field-error">${e.string}</p>`)}
    </div>`;
  }

  /** `non_field_errors` (password-policy failures arrive here), shown above the submit button. */
  protected renderNonFieldErrors(): TemplateResult | typeof nothing {
    const errors = this.errorsFor('non_field_errors');
    if (!errors.length) return nothing;
    return html`<div class="alert danger" role="alert" part="errors">
      ${
        errors.length === 1
          ? errors[0].string
          : html`<ul>
              ${errors.map((e) => html`<li>${e.string}</li>`)}
            </ul>`
      }
    </div>`;
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
    if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) {
      target.tabIndex = -1;
    }
    target.focus();
  }
}
