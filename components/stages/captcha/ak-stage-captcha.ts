import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { property } from 'lit/decorators.js';
import { StageElement } from '../kit/stage-element.js';
import { CaptchaController } from './captcha-controller.js';
import type { CaptchaChallenge, CaptchaResponse } from './types.js';

/** The provider's container and the messages around it, shared with the identification stage. */
export const captchaStyles = css`
  .captcha {
    min-height: 1rem;
  }
  .captcha-status {
    margin: 0;
  }
`;

/**
 * An embedded captcha (in the identification stage) has a token, which the stage sends along, or
 * lost it (`''`: expired or reset), and the stage must not send it.
 */
export class CaptchaTokenEvent extends Event {
  static readonly type = 'ak-captcha-token';
  constructor(readonly token: string) {
    super(CaptchaTokenEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The captcha stage: runs the provider from `js_url` (visibly when `interactive`, else invisibly)
 * and answers with its token as soon as there is one. A script that does not load, an expired
 * token or a token the server rejects gives a message and "Try again".
 *
 * @fires ak-stage-submit - `{component, token}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart captcha - the provider's container (light DOM)
 * @csspart errors - non-field errors
 * @csspart field-error - why the server rejected the token
 * @csspart submit - the primary button
 */
export class AkStageCaptcha extends StageElement<CaptchaChallenge, CaptchaResponse> {
  static override styles = [...StageElement.styles, captchaStyles];

  /**
   * Inside another stage's form (identification's `captcha_stage`): only the provider and its
   * messages are shown, and each token is handed over with `ak-captcha-token`, never answered.
   */
  @property({ type: Boolean }) embedded = false;

  readonly captcha = new CaptchaController(this, (token) => {
    if (this.embedded) this.dispatchEvent(new CaptchaTokenEvent(token));
    else if (token && this.autoAnswer) this.submit(this.answerWith(token));
  });

  /** A fresh token (the previous one was spent or rejected); for the embedding stage. */
  refresh(): void {
    this.captcha.reset();
  }

  /**
   * A token answers at once, except the first one after the server rejected a token of an
   * invisible captcha: that one waits for "Try again", so a server rejecting every token cannot
   * make the stage loop.
   */
  private autoAnswer = true;

  private answerWith(token: string): CaptchaResponse {
    return { component: 'ak-stage-captcha', token };
  }

  /** Where a visible provider draws (see CaptchaController.place); invisible ones draw elsewhere. */
  private providerSlot() {
    if (!this.challenge?.interactive) return nothing;
    return this.renderRoot === this ? this.captcha.container : html`<slot name="captcha"></slot>`;
  }

  protected override response(): CaptchaResponse {
    return this.answerWith(this.captcha.token);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('challenge') || !this.challenge) return;
    const previous = changed.get('challenge') as CaptchaChallenge | undefined;
    if (!previous || previous.js_url !== this.challenge.js_url)
      void this.captcha.start(this.challenge);
    // The server rejected the token: it is spent, so a new one is needed (answered by the user's
    // "Try again" when invisible, so a server that rejects every token cannot loop).
    else if (this.challenge.response_errors) {
      this.autoAnswer = this.challenge.interactive;
      this.captcha.reset();
    }
  }

  protected override onSubmit(e: Event): void {
    e.preventDefault();
    if (this.busy) return;
    this.autoAnswer = true;
    if (this.captcha.token) this.submit(this.response());
    else if (this.captcha.state === 'ready' && this.challenge?.interactive) {
      this.captcha.tell(() => msg('Complete the captcha to continue.'));
    } else this.captcha.reset();
  }

  /** The embedded "Try again" goes away as the captcha reloads: focus goes to the captcha. */
  private readonly retryEmbedded = (): void => {
    this.contentRoot.querySelector<HTMLElement>('.captcha')?.focus();
    this.captcha.reset();
  };

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const cap = this.captcha;
    const rejected = this.isInvalid('token');
    const status =
      cap.state === 'loading'
        ? msg('Loading the captcha…')
        : cap.state === 'token' || (!c.interactive && cap.state === 'ready')
          ? msg('Verifying that you are human…')
          : cap.state === 'ready'
            ? msg('Complete the captcha to continue.')
            : '';
    const retry = cap.state === 'error' || rejected || !!cap.message;
    if (this.embedded) {
      return html`<div class="captcha" part="captcha-field" tabindex="-1">
        ${this.providerSlot()}
        ${
          status && !retry && c.interactive
            ? html`<p class="help captcha-status" role="status">${status}</p>`
            : nothing
        }
        ${
          cap.message
            ? html`<p class="alert danger" role="alert" part="captcha-error">${cap.message}</p>`
            : nothing
        }
        ${
          cap.state === 'error'
            ? html`<button class="button secondary" type="button" @click=${this.retryEmbedded}>
                ${msg('Try again')}
              </button>`
            : nothing
        }
      </div>`;
    }
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })}
      <h2 class="heading">${msg('Verify that you are human')}</h2>
      <div class="captcha" id=${this.fieldId('token')}>${this.providerSlot()}</div>
      ${status && !retry ? html`<p class="help captcha-status" role="status">${status}</p>` : nothing}
      ${
        cap.message
          ? html`<p class="alert danger" role="alert" part="captcha-error">${cap.message}</p>`
          : nothing
      }
      ${this.renderFieldErrors('token')} ${this.renderNonFieldErrors()}
      ${this.renderSubmit(retry ? msg('Try again') : msg('Continue'))}
    </form>`;
  }
}
define('ak-stage-captcha', AkStageCaptcha);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-captcha': AkStageCaptcha;
  }
  interface GlobalEventHandlersEventMap {
    'ak-captcha-token': CaptchaTokenEvent;
  }
}
