import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WebauthnCeremony } from '../kit/controllers/webauthn-ceremony.js';
import { isolate } from '../../locales/bidi.js';
import { define } from '../kit/define.js';
import { codeField, hiddenUsername, pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles } from '../kit/mfa-styles.js';
import type {
  AuthenticatorValidationChallenge,
  AuthenticatorValidationResponse,
  DeviceChallenge,
  DeviceClass,
  SelectableStage,
} from './types.js';
import { getAssertion } from '../kit/webauthn.js';
import { WebOtp } from '../kit/controllers/web-otp.js';

const CODE_CLASSES: DeviceClass[] = ['totp', 'static', 'sms', 'email'];

function deviceName(cls: string): string {
  switch (cls) {
    case 'totp':
      return msg('Authenticator app');
    case 'static':
      return msg('Recovery code');
    case 'webauthn':
      return msg('Security key or passkey');
    case 'duo':
      return msg('Duo push notification');
    case 'sms':
      return msg('Text message (SMS)');
    case 'email':
      return msg('Email');
    default:
      return msg('Other method');
  }
}

function deviceDescription(cls: string): string {
  switch (cls) {
    case 'totp':
      return msg('Enter a code from your authenticator app.');
    case 'static':
      return msg('Use one of your single-use recovery codes.');
    case 'webauthn':
      return msg("Use a security key, a passkey or this device's screen lock.");
    case 'duo':
      return msg('Approve a push notification on your phone.');
    case 'sms':
      return msg('Get a code by text message.');
    case 'email':
      return msg('Get a code by email.');
    default:
      return '';
  }
}

/** A friendly name for a setup stage, by its model; the stage's own name otherwise. */
function stageName(s: SelectableStage): string {
  const model = s.meta_model_name.split('.').pop() ?? '';
  const byModel: Record<string, () => string> = {
    authenticatortotpstage: () => msg('Authenticator app (TOTP)'),
    authenticatorstaticstage: () => msg('Recovery codes'),
    authenticatorwebauthnstage: () => msg('Security key or passkey'),
    authenticatoremailstage: () => msg('Email codes'),
    authenticatorsmsstage: () => msg('Text message (SMS)'),
    authenticatorduostage: () => msg('Duo push notifications'),
  };
  return Object.hasOwn(byModel, model) ? byModel[model]() : s.verbose_name || s.name;
}

const sameDevice = (a: DeviceChallenge, b: DeviceChallenge) =>
  a.device_class === b.device_class && a.device_uid === b.device_uid;

/** The device used most recently (`last_used`), if any was. */
function lastUsed(devices: DeviceChallenge[]): DeviceChallenge | undefined {
  const when = (d: DeviceChallenge) => (d.last_used ? Date.parse(d.last_used) : NaN);
  return devices.filter((d) => !Number.isNaN(when(d))).sort((a, b) => when(b) - when(a))[0];
}

/** How long a Duo push may wait for the phone before authentik answers (Duo's own limit is 60 s). */
const DUO_PUSH_MS = 90_000;

/**
 * The second factor: picks a device (buttons when there are several; one is selected for you),
 * or a setup stage when the user has none and must configure one (`selected_stage`). Then the
 * answer: a one-time code (TOTP, recovery code, SMS, email), a WebAuthn assertion
 * (`navigator.credentials.get`), or a Duo push.
 *
 * Choosing SMS or email posts `selected_challenge` first (authentik sends the code then) and
 * authentik answers that with "Empty response", which is not shown; an authenticator app or a
 * recovery code is answered at once.
 *
 * @fires ak-stage-submit - `{component, selected_challenge}`, `{component, selected_stage}`, `{component, code}`, `{component, webauthn}` or `{component, duo}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart user - the pending user
 * @csspart methods - the list of devices or setup stages
 * @csspart input - the code input
 * @csspart field-error - one server error under a field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorValidate extends StageElement<
  AuthenticatorValidationChallenge,
  AuthenticatorValidationResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  @state() private selected?: DeviceChallenge;
  @state() private code = '';
  /** The security-key prompt. */
  private readonly ceremony = new WebauthnCeremony(this);
  /** An SMS code read from the message itself, where the browser can (WebOTP). */
  protected readonly webOtp = new WebOtp(
    this,
    () => this.selected?.device_class === 'sms',
    (code) => {
      this.code = code;
      this.submit(this.response());
    },
  );
  /** The challenge that answered a selection POST: its "Empty response" is not an error to show. */
  private selectionEcho?: AuthenticatorValidationChallenge;
  private awaitingSelectionEcho = false;
  private autoStarted = false;
  /** A device was chosen for the user (the only one, or the one used last): it starts by itself. */
  private preselected = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('challenge')) return;
    const c = this.challenge;
    if (this.awaitingSelectionEcho && changed.get('challenge') !== undefined) {
      this.awaitingSelectionEcho = false;
      this.selectionEcho = c;
    }
    const devices = c?.device_challenges ?? [];
    if (this.selected && !devices.some((d) => sameDevice(d, this.selected!))) {
      this.selected = undefined;
    }
    if (this.preselected || this.selected || !devices.length) return;
    // Once per stage, as authentik's page: the only device, else the one used last (not a
    // recovery code, which is for when the others are lost).
    const last = devices.length === 1 ? devices[0] : lastUsed(devices);
    if (last && (devices.length === 1 || last.device_class !== 'static')) {
      this.selected = last;
      this.preselected = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.autoStarted || !this.selected || this.busy) return;
    if (!this.preselected) return;
    // Back with errors (a failed assertion, a denied push): the user retries by hand.
    if (Object.keys(this.challenge?.response_errors ?? {}).length) return;
    // A device chosen for the user: start it as authentik does (send the code, open the key prompt).
    this.autoStarted = true;
    const cls = this.selected.device_class;
    // Not a push chosen by last use: it would hold the other methods until the phone answers.
    if (cls === 'duo' && (this.challenge?.device_challenges ?? []).length > 1) return;
    if (cls === 'webauthn') void this.runWebauthn(this.selected);
    else if (cls === 'duo') this.sendDuo(this.selected);
    else if (cls === 'sms' || cls === 'email') this.sendSelection(this.selected);
  }

  protected override response(): AuthenticatorValidationResponse {
    return { component: 'ak-stage-authenticator-validate', code: this.code };
  }

  /** Hides the "Empty response" authentik answers a selection POST with. */
  protected override renderNonFieldErrors() {
    if (this.challenge && this.challenge === this.selectionEcho) return nothing;
    return super.renderNonFieldErrors();
  }

  private sendSelection(device: DeviceChallenge): void {
    if (this.busy) return;
    this.awaitingSelectionEcho = true;
    this.submit({ component: 'ak-stage-authenticator-validate', selected_challenge: device });
  }

  private choose(device: DeviceChallenge): void {
    if (this.busy) return;
    this.selected = device;
    this.code = '';
    this.ceremony.cancel();
    const cls = device.device_class;
    // Started once the device's view is on the page, so its wait is said in a live region that
    // was already there.
    void this.updateComplete.then(() => {
      this.focusFirst();
      if (this.selected !== device) return;
      if (cls === 'webauthn') void this.runWebauthn(device);
      else if (cls === 'duo') this.sendDuo(device);
      // Only a code sent by SMS or email needs the server told (it sends the code then); for an
      // authenticator app or a recovery code, that POST is answered "Empty response", which a
      // binding set to restart on invalid answers takes as a failure (authentik's page skips it).
      else if (cls === 'sms' || cls === 'email') this.sendSelection(device);
    });
  }

  /**
   * authentik answers a push once the user approved or denied it on the phone, or Duo gave up on
   * it (about 60 s): longer than the executor's usual timeout, after which "Try again" would send
   * a second push.
   */
  private sendDuo(device: DeviceChallenge): void {
    this.submit(
      { component: 'ak-stage-authenticator-validate', duo: Number(device.device_uid) },
      { wait: DUO_PUSH_MS },
    );
  }

  private async runWebauthn(device: DeviceChallenge): Promise<void> {
    if (this.ceremony.waiting || this.busy) return;
    const assertion = await this.ceremony.run((signal) => getAssertion(device.challenge, signal));
    if (assertion)
      this.submit({ component: 'ak-stage-authenticator-validate', webauthn: assertion });
  }

  private back(): void {
    this.ceremony.cancel();
    this.selected = undefined;
    void this.updateComplete.then(() => this.focusFirst());
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const devices = c.device_challenges ?? [];
    let body: TemplateResult;
    if (this.selected) body = this.renderDevice(this.selected, devices.length > 1);
    else if (devices.length) body = this.renderDevicePicker(devices);
    else body = this.renderStagePicker(c.configuration_stages ?? []);
    return html`<div class="stage">${pendingUser(this, { notYou: true })} ${body}</div>`;
  }

  private renderDevicePicker(devices: DeviceChallenge[]): TemplateResult {
    return html`<h2 class="heading">${msg('Choose a verification method')}</h2>
      <ul class="methods" part="methods">
        ${devices.map(
          (d) =>
            html`<li>
              <button
                class="method"
                type="button"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${() => this.choose(d)}
              >
                <span class="name">${deviceName(d.device_class)}</span>
                <span class="desc">${deviceDescription(d.device_class)}</span>
              </button>
            </li>`,
        )}
      </ul>
      ${this.renderFieldErrors('selected_challenge')} ${this.renderNonFieldErrors()}`;
  }

  private renderStagePicker(stages: SelectableStage[]): TemplateResult {
    if (!stages.length) {
      return html`<div class="alert warning" role="alert">
        ${msg('No verification method is available for your account.')}
      </div>`;
    }
    return html`<h2 class="heading">${msg('Set up a verification method')}</h2>
      <p class="intro">${msg('Your account needs a second factor. Choose one to set up now.')}</p>
      <ul class="methods" part="methods">
        ${stages.map(
          (s) =>
            html`<li>
              <button
                class="method"
                type="button"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${() =>
                  this.submit({
                    component: 'ak-stage-authenticator-validate',
                    selected_stage: s.pk,
                  })}
              >
                <span class="name">${stageName(s)}</span>
                <span class="desc">${s.name}</span>
              </button>
            </li>`,
        )}
      </ul>
      ${this.renderFieldErrors('selected_stage')} ${this.renderNonFieldErrors()}`;
  }

  private renderBack(show: boolean): TemplateResult | typeof nothing {
    return show
      ? html`<div class="links" part="links">
          <button class="link" type="button" @click=${this.back}>
            ${msg('Choose another method')}
          </button>
        </div>`
      : nothing;
  }

  private renderDevice(device: DeviceChallenge, canGoBack: boolean): TemplateResult {
    const cls = device.device_class;
    if (CODE_CLASSES.includes(cls)) {
      // authentik names the (masked) address the code went to.
      const email = (device.challenge as { email?: unknown } | undefined)?.email;
      const help =
        cls === 'totp'
          ? msg('Enter the code your authenticator app shows.')
          : cls === 'static'
            ? msg('Enter one of your recovery codes. Each code works once.')
            : cls === 'email'
              ? typeof email === 'string' && email
                ? msg(str`We sent a code to ${isolate(email)}.`)
                : msg('We sent a code to your email address.')
              : msg('We sent a code to your phone.');
      return html`<form class="stage" part="form" @submit=${this.onSubmit}>
          ${hiddenUsername(this.challenge?.pending_user)}
          <h2 class="heading">${deviceName(cls)}</h2>
          ${codeField(this, {
            label: cls === 'static' ? msg('Recovery code') : msg('Code'),
            value: this.code,
            onInput: (v) => (this.code = v),
            help,
            alphanumeric: cls === 'static',
          })}
          ${this.renderFieldErrors('selected_challenge')} ${this.renderNonFieldErrors()}
          ${this.renderSubmit(msg('Verify'))}
        </form>
        ${this.renderBack(canGoBack)}`;
    }
    if (cls === 'webauthn') return this.renderWebauthn(device, canGoBack);
    if (cls === 'duo') return this.renderDuo(device, canGoBack);
    return html`<div class="alert danger" role="alert">
        ${msg('This verification method is not supported here.')}
      </div>
      ${this.renderBack(canGoBack)}`;
  }

  private renderWebauthn(device: DeviceChallenge, canGoBack: boolean): TemplateResult {
    const waiting = this.ceremony.waiting || this.busy;
    const failed = !!this.ceremony.error || this.errorsFor('webauthn').length > 0;
    return html`<h2 class="heading">${deviceName('webauthn')}</h2>
      <p class="waiting live" role="status">
        ${
          waiting
            ? html`<span class="spinner" aria-hidden="true"></span>
                <span>
                  ${
                    this.busy
                      ? msg('Verifying…')
                      : msg('Follow the instructions of your browser or security key.')
                  }
                </span>`
            : nothing
        }
      </p>
      ${
        this.ceremony.error
          ? html`<div class="alert danger" role="alert" part="errors">${this.ceremony.error}</div>`
          : nothing
      }
      ${this.renderFieldErrors('webauthn')} ${this.renderNonFieldErrors()}
      <button
        class="button"
        part="retry"
        type="button"
        aria-disabled=${waiting ? 'true' : 'false'}
        @click=${() => !waiting && this.runWebauthn(device)}
      >
        ${failed ? msg('Try again') : msg('Use security key')}
      </button>
      ${this.renderBack(canGoBack)}`;
  }

  private renderDuo(device: DeviceChallenge, canGoBack: boolean): TemplateResult {
    const failed =
      this.errorsFor('duo').length > 0 || this.errorsFor('non_field_errors').length > 0;
    return html`<h2 class="heading">${deviceName('duo')}</h2>
      <p class="waiting live" role="status">
        ${
          this.busy
            ? html`<span class="spinner" aria-hidden="true"></span>
                <span>${msg('Sent a push notification. Approve it on your phone.')}</span>`
            : nothing
        }
      </p>
      ${this.renderFieldErrors('duo')} ${this.renderNonFieldErrors()}
      <button
        class="button"
        type="button"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => !this.busy && this.sendDuo(device)}
      >
        ${failed ? msg('Try again') : msg('Send push notification')}
      </button>
      ${this.renderBack(canGoBack)}`;
  }
}
define('ak-stage-authenticator-validate', AkStageAuthenticatorValidate);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-validate': AkStageAuthenticatorValidate;
  }
}
