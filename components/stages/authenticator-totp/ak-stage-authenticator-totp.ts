import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { encode } from 'uqr';
import { define } from '../kit/define.js';
import { codeField, hiddenUsername, pendingUser } from '../kit/fields.js';
import { StageElement } from '../kit/stage-element.js';
import { mfaStyles, stageHeading } from '../kit/mfa-styles.js';
import type { AuthenticatorTotpChallenge, AuthenticatorTotpResponse } from './types.js';
import { isolate } from '../../locales/bidi.js';

export interface OtpAuth {
  /** The otpauth: URL, only when it parsed as one. */
  url: string;
  secret: string;
  issuer: string;
  account: string;
}

/** Reads `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`; null for anything else. */
export function parseOtpAuth(configUrl: string | undefined): OtpAuth | null {
  if (!configUrl) return null;
  let url: URL;
  try {
    url = new URL(configUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'otpauth:') return null;
  const secret = (url.searchParams.get('secret') ?? '').replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(secret)) return null;
  let label = '';
  try {
    label = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  } catch {
    label = url.pathname;
  }
  const colon = label.indexOf(':');
  return {
    url: url.href,
    secret,
    issuer: url.searchParams.get('issuer') ?? (colon > 0 ? label.slice(0, colon) : ''),
    account: colon >= 0 ? label.slice(colon + 1) : label,
  };
}

/**
 * The QR code as SVG rects drawn from uqr's module matrix (no markup from strings); null when the
 * text is too long for any QR code (the secret for manual entry is on the page then).
 */
function qrCode(text: string, label: string): TemplateResult | null {
  let encoded: ReturnType<typeof encode>;
  try {
    encoded = encode(text, { ecc: 'M', border: 2 });
  } catch {
    return null;
  }
  const { data, size } = encoded;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
  >
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
  </svg>`;
}

/**
 * Sets up an authenticator app: a QR code of `config_url`, the secret for manual entry (read from
 * the otpauth URL), then the first code to confirm (`autocomplete=one-time-code`).
 *
 * @fires ak-stage-submit - `{component, code}`
 * @fires ak-stage-restart - `cancel` for "Not you?"
 * @csspart qr - the QR code
 * @csspart secret - the secret for manual entry
 * @csspart input - the code input
 * @csspart field-error - one server error under the field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 */
export class AkStageAuthenticatorTotp extends StageElement<
  AuthenticatorTotpChallenge,
  AuthenticatorTotpResponse
> {
  static override styles = [...StageElement.styles, mfaStyles];

  @state() private code = '';
  private otp: OtpAuth | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('challenge')) this.otp = parseOtpAuth(this.challenge?.config_url);
  }

  protected override response(): AuthenticatorTotpResponse {
    return { component: 'ak-stage-authenticator-totp', code: this.code.replace(/\s/g, '') };
  }

  override render() {
    if (!this.challenge) return nothing;
    const otp = this.otp;
    const grouped = otp?.secret.replace(/(.{4})(?=.)/g, '$1 ') ?? '';
    const qr = otp ? qrCode(otp.url, msg('QR code for your authenticator app')) : null;
    return html`<form class="stage" part="form" @submit=${this.onSubmit}>
      ${pendingUser(this, { notYou: true })} ${hiddenUsername(this.challenge.pending_user)}
      ${stageHeading(this.challenge, msg('Set up an authenticator app'))}
      ${
        otp
          ? html`${
                qr
                  ? html`<p class="intro">
                        ${msg('Scan this QR code with your authenticator app, then enter the code it shows.')}
                      </p>
                      ${qr}`
                  : html`<p class="intro">
                      ${msg('Enter this key in your authenticator app, then enter the code it shows.')}
                    </p>`
              }
              <details ?open=${!qr}>
                <summary>${msg("Can't scan the code? Enter the key instead")}</summary>
                <p class="help">
                  ${msg(str`Account: ${isolate(otp.account)}`)}${otp.issuer ? html`<br />${msg(str`Issuer: ${isolate(otp.issuer)}`)}` : nothing}
                </p>
                <p class="secret" part="secret">
                  <span class="sr-only">${msg('Secret key:')}</span>
                  <code dir="ltr">${grouped}</code>
                </p>
              </details>`
          : html`<div class="alert danger" role="alert">
              ${msg('The server sent no usable setup code. Try again later.')}
            </div>`
      }
      ${codeField(this, { value: this.code, onInput: (v) => (this.code = v) })}
      ${this.renderNonFieldErrors()} ${this.renderSubmit(msg('Confirm'))}
    </form>`;
  }
}
define('ak-stage-authenticator-totp', AkStageAuthenticatorTotp);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-authenticator-totp': AkStageAuthenticatorTotp;
  }
}
