import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { define } from '../kit/define.js';
import { loadScript } from '../kit/script.js';
import { StageElement } from '../kit/stage-element.js';
import type { TelegramLoginChallenge, TelegramResponse, TelegramUser } from './types.js';

/** Telegram's login widget (its official origin); tests point it at a local fake. */
export const TELEGRAM_SCRIPT = { url: 'https://telegram.org/js/telegram-widget.js?22' };

let callbacks = 0;

const KEYS = [
  'id',
  'first_name',
  'last_name',
  'username',
  'photo_url',
  'auth_date',
  'hash',
] as const;

/**
 * Telegram login, as authentik's page does it: Telegram's widget script draws its button (into
 * light DOM, where the script looks for it) and hands the signed user data to a callback, which is
 * the stage's answer. If the script cannot load: a message, "Try again" and "Go back".
 *
 * @fires ak-stage-submit - `{component, id, auth_date, hash, first_name?, last_name?, username?, photo_url?}`
 * @fires ak-stage-restart - `cancel` for "Go back"
 * @csspart telegram - the widget's container (light DOM)
 * @csspart errors - non-field errors, a widget that did not load
 */
export class AkSourceTelegram extends StageElement<TelegramLoginChallenge, TelegramResponse> {
  @state() private problem = '';
  private readonly container = document.createElement('div');
  private readonly callback = `__akTelegramAuth${++callbacks}`;

  override connectedCallback(): void {
    super.connectedCallback();
    this.container.setAttribute('part', 'telegram');
    if (this.renderRoot !== this) {
      this.container.slot = 'telegram';
      if (this.container.parentNode !== this) this.append(this.container);
    }
    (window as unknown as Record<string, unknown>)[this.callback] = (user: TelegramUser) =>
      this.answer(user);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    delete (window as unknown as Record<string, unknown>)[this.callback];
  }

  /** The widget's user data, only the keys authentik knows, as the stage's answer. */
  answer(user: TelegramUser): void {
    const response: TelegramResponse = { component: 'ak-source-telegram' };
    for (const key of KEYS) {
      const value: unknown = user?.[key];
      if (value !== undefined && value !== null && value !== '')
        (response as Record<string, unknown>)[key] = value;
    }
    this.submit(response);
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const c = this.challenge;
    if (!c) return;
    this.problem = '';
    this.container.replaceChildren();
    const attrs: Record<string, string> = {
      'data-telegram-login': c.bot_username,
      'data-size': 'large',
      'data-onauth': `${this.callback}(user)`,
    };
    if (c.request_message_access) attrs['data-request-access'] = 'write';
    try {
      // The widget replaces its own script tag with the button: one per widget, not per page.
      await loadScript(TELEGRAM_SCRIPT.url, this.config.baseUrl, {
        attrs,
        once: false,
        parent: this.container,
      });
    } catch {
      this.problem = msg(
        'The Telegram login could not be loaded. Check your connection and try again.',
      );
    }
  }

  protected override onSubmit(e: Event): void {
    e.preventDefault();
    // "Try again" goes away with the problem: focus goes to the heading first, not to <body>.
    this.focusFirst();
    void this.start();
  }

  override render() {
    if (!this.challenge) return nothing;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      <h2 class="heading">${msg('Signing in with Telegram')}</h2>
      <p class="help">${msg('Click the button below to start.')}</p>
      ${this.renderRoot === this ? this.container : html`<slot name="telegram"></slot>`}
      ${
        this.problem
          ? html`<p class="alert danger" role="alert" part="telegram-error">${this.problem}</p>`
          : nothing
      }
      ${this.renderNonFieldErrors()} ${this.problem ? this.renderSubmit(msg('Try again')) : nothing}
      <button class="button secondary" type="button" @click=${() => this.restart('cancel')}>
        ${msg('Go back')}
      </button>
    </form>`;
  }
}
define('ak-source-telegram', AkSourceTelegram);

declare global {
  interface HTMLElementTagNameMap {
    'ak-source-telegram': AkSourceTelegram;
  }
}
