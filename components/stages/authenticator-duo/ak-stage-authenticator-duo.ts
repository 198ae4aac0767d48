import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { postApi } from '../kit/api.js';
import { PollingController } from '../kit/controllers/polling.js';
import { define } from '../kit/define.js';
import { pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import type { AuthenticatorDuoChallenge, AuthenticatorDuoResponse } from './types.js';

/**
 * Enrolls a phone with Duo: the activation QR image (a checked image URL) and code, then
 * authentik's enrollment-status endpoint (`stages/authenticator/duo/{stage_uuid}/enrollment_status/`)
 * is asked every `pollInterval` ms and by "Check now" whether the phone was activated; the stage
 * answers the executor only once it was, as authentik's own page does (an answer before that is
 * refused by the server, which ends the flow).
 *
 * @fires ak-stage-submit - `{component}` once the phone is activated
 * @fires ak-stage-restart - `cancel` for "Not you?", `restart` when the activation code expired
 * @csspart qr - the activation barcode
 * @csspart errors - non-field errors
 * @csspart submit - the "check now" button
 */
export class AkStageAuthenticatorDuo extends StageElement<
  AuthenticatorDuoChallenge,
  AuthenticatorDuoResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  /** How often to ask the server whether the phone was activated; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 3000;
  /** Asks in the background; "Check now" asks at once. */
  protected readonly polling = new PollingController(
    this,
    () => this.pollInterval,
    () => void this.check(false),
  );

  /** The user pressed "Check now" and the answer is not in yet (shown as progress). */
  @state() private checking = false;
  private asking = false;
  /** Duo said the activation code is no longer valid: no more asking. */
  @state() private expired = false;
  /** What the last check the user asked for found, when it was not the activation. */
  @state() private notice?: { say: () => string };

  protected override response(): AuthenticatorDuoResponse {
    return { component: 'ak-stage-authenticator-duo' };
  }

  protected override get showsProgress(): boolean {
    return super.showsProgress || this.checking;
  }

  /** "Check now"; once the code expired, the same button starts over (focus stays on it). */
  protected override onSubmit(e: Event): void {
    e.preventDefault();
    if (this.expired) this.restart('restart');
    else void this.check(true);
  }

  /**
   * Asks authentik whether the phone was activated; answers the executor once it was. "Check now"
   * while a poll is on its way waits for that poll's answer and is told it.
   */
  private async check(byUser: boolean): Promise<void> {
    const c = this.challenge;
    if (!this.isConnected || this.busy || !c || this.expired) return;
    if (byUser) {
      this.checking = true;
      this.notice = undefined;
    }
    if (this.asking) return;
    this.asking = true;
    let status: unknown;
    try {
      const res = await postApi(
        this.config,
        `stages/authenticator/duo/${encodeURIComponent(c.stage_uuid)}/enrollment_status/`,
        {},
      );
      if (res.ok) status = ((await res.json()) as { duo_response?: unknown } | null)?.duo_response;
    } catch {
      // Unreachable or unreadable: the next poll asks again; a user who asked is told.
    }
    const asked = this.checking;
    this.asking = this.checking = false;
    // The same step still on screen (a language switch re-reads it as a new object).
    if (this.challenge?.stage_uuid !== c.stage_uuid || !this.isConnected || this.busy) return;
    if (status === 'success') this.submit(this.response(), { background: !asked });
    else if (status === 'invalid') {
      this.expired = true;
      this.notice = {
        say: () => msg('This activation code is no longer valid. Start over to get a new one.'),
      };
    } else if (asked)
      this.notice =
        status === 'waiting'
          ? { say: () => msg('Your phone is not activated yet. Scan the code, then check again.') }
          : { say: () => msg('Could not check the activation. Please try again.') };
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    // Duo sends an absolute https URL (or an inline image): nothing relative to this page.
    const barcode = /^(https?:|data:image\/)/i.test(c.activation_barcode ?? '')
      ? this.imageUrl(c.activation_barcode)
      : null;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })} ${stageHeading(this.challenge, msg('Set up Duo'))}
      <p class="intro">${msg('Scan this code with the Duo Mobile app to activate your phone.')}</p>
      ${
        barcode
          ? html`<img class="qr" part="qr" src=${barcode} alt=${msg('Duo activation QR code')} />`
          : nothing
      }
      ${
        c.activation_code
          ? html`<p class="help">
              ${msg('Or open this activation link on your phone:')}
              <span class="secret"><code>${c.activation_code}</code></span>
            </p>`
          : nothing
      }
      <p class="waiting" role="status">${msg('Waiting for activation…')}</p>
      <p class="help live" role="status">
        ${
          this.notice
            ? keyed(this.notice, html`<span part="notice">${this.notice.say()}</span>`)
            : nothing
        }
      </p>
      ${this.renderNonFieldErrors()}
      ${this.renderSubmit(this.expired ? msg('Start over') : msg('Check now'))}
    </form>`;
  }
}
define('ak-stage-authenticator-duo', AkStageAuthenticatorDuo);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-duo': AkStageAuthenticatorDuo;
  }
}
