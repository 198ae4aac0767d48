import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../locales/locale.js';
import type { PasskeyAutofillController } from '../kit/controllers/passkey-autofill.js';
import { PasswordController } from '../kit/controllers/password.js';
import { define } from '../kit/define.js';
import { field, passwordField } from '../kit/fields.js';
import { StageShowEvent } from '../kit/events.js';
import { StageElement } from '../kit/stage-element.js';
import { readRemembered, writeRemembered } from '../kit/remember-me.js';
import type {
  IdentificationChallenge,
  IdentificationResponse,
  LoginSource,
  UserField,
} from './types.js';
import { isolate } from '../../locales/bidi.js';
import type { Challenge } from '../../../src/challenges.js';

/**
 * A remembered identifier went out by itself on this page (authentik's remember-me auto-submit):
 * once per page, so a server that keeps starting the flow over (its cookie blocked in a frame)
 * cannot make it a loop.
 */
let sentRemembered = false;

function fieldLabel(field: UserField): string {
  switch (field) {
    case 'email':
      return msg('Email');
    case 'username':
      return msg('Username');
    case 'upn':
      return msg('UPN');
  }
  return field;
}

/** Disjunction list formatters by locale, created once each (see `orList`). */
const orFormats = new Map<string, Intl.ListFormat | null>();

/**
 * "Email or Username", in the widget's locale. Two items, the usual case, go through msg(): this
 * label is on the first paint, and the first Intl.ListFormat of a page loads ICU's list data
 * (`npx tsx bench/listformat.ts`, 2026-12-01, 2-core machine under load: 19–253 ms, median
 * 50–77 ms; a second one 0.1 ms). Three items ("Email, Username or UPN") take a cached
 * Intl.ListFormat, which knows each language's separators; where it lacks the locale (the
 * pseudo-locale) the pairs nest through msg(), so no separator is ever written in English.
 */
function orList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > 2) {
    const locale = getLocale();
    if (!orFormats.has(locale)) {
      orFormats.set(
        locale,
        Intl.ListFormat.supportedLocalesOf(locale).length
          ? new Intl.ListFormat(locale, { type: 'disjunction' })
          : null,
      );
    }
    const format = orFormats.get(locale);
    if (format) return format.format(items);
  }
  return items.reduce((head, last) => msg(str`${head} or ${last}`));
}

/**
 * The first stage of most logins: who are you? An identifier labelled by `user_fields`, an inline
 * password when the stage asks for one, links to enrollment, recovery and passwordless flows, and
 * source buttons. The identifier input is named `username` with `autocomplete="username"` so
 * password managers fill it, in light DOM (`light-dom`) as well. A stage with nothing to fill in,
 * one source and no passwordless flow follows that source at once, as authentik's page does.
 *
 * With a `passkey_challenge` the input becomes `autocomplete="username webauthn"` and the stage
 * starts passkey autofill (WebAuthn conditional mediation) once it is rendered: a passkey picked
 * from the autofill answers `{component, passkey}`. The WebAuthn helpers load with `import()`
 * only then. The pending request is aborted before a username is submitted, when a new challenge
 * arrives (a failed passkey comes back with a fresh one and autofill restarts) and when the stage
 * leaves the page.
 *
 * @fires ak-stage-submit - `{component, uid_field, password?}` or `{component, passkey}`
 * @fires ak-stage-navigate - a source's login page, for the executor to follow
 * @fires ak-stage-show - a source whose step runs in the browser (Plex, Apple, Telegram), for the executor to show
 * @csspart label - field labels
 * @csspart input - the identifier and password inputs
 * @csspart toggle - the show/hide password button
 * @csspart help - help text under a field
 * @csspart field-error - one server error under a field
 * @csspart errors - non-field errors
 * @csspart submit - the primary button
 * @csspart sources - the source buttons
 * @csspart source - one source button
 * @csspart links - enrollment, recovery and passwordless links
 */
export class AkStageIdentification extends StageElement<
  IdentificationChallenge,
  IdentificationResponse
> {
  static override styles = [
    ...StageElement.styles,
    css`
      .remember {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-size: 0.9rem;
      }
      .sources {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .sources .button {
        width: 100%;
      }
      .sources li {
        flex: 1 1 8rem;
      }
      .source-icon {
        width: 1.25rem;
        height: 1.25rem;
        object-fit: contain;
      }
    `,
  ];

  @state() private identifier = '';
  @state() private password = '';
  @state() private rememberMe = false;
  /** A message about a source or link that cannot be followed from here. */
  /** Why a source could not be followed, worded at each render (it follows a language switch). */
  @state() private notice?: () => string;
  /** The only source was followed by itself (authentik's auto-redirect). */
  private autoFollowed = false;
  /** The identifier has been edited: a re-rendered challenge must not overwrite it. */
  private touched = false;
  /**
   * Passkeys offered in the identifier's autofill, from the first challenge with a
   * passkey_challenge on (its chunk loads then: most flows never offer passkeys).
   */
  private passkeys?: PasskeyAutofillController | Promise<unknown>;
  private readonly passwords = new PasswordController(this);
  /** The embedded captcha's latest token (`captcha_stage`); spent by each answer. */
  private captchaToken = '';
  /** The user submitted before the captcha had a token: the answer leaves when it has one. */
  @state() private waitingForCaptcha = false;

  private readonly onCaptchaToken = (e: Event): void => {
    // '' when the token expired or was reset: it is not sent.
    this.captchaToken = (e as Event & { token: string }).token;
    if (this.waitingForCaptcha && this.captchaToken) {
      this.waitingForCaptcha = false;
      this.submit(this.response());
    }
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const c = this.challenge;
    this.passkeys ??= c?.passkey_challenge
      ? import('../kit/controllers/passkey-autofill.js').then(
          (m) =>
            (this.passkeys = new m.PasskeyAutofillController(this, {
              options: () =>
                this.challenge?.user_fields?.length ? this.challenge.passkey_challenge : null,
              challenge: () => this.challenge,
              busy: () => this.busy,
              onAssertion: (passkey) =>
                this.submit({ component: 'ak-stage-identification', passkey }),
            })),
          () => (this.passkeys = undefined),
        )
      : undefined;
    if (!changed.has('challenge') || !c) return;
    // authentik's auto-redirect: nothing to fill in, one source and no passwordless flow: that
    // source at once, as if its button had been pressed. Once per stage: the same stage re-read
    // (a language switch) does not send the user off again.
    const [only, other] = c.sources ?? [];
    if (only && !other && !c.user_fields?.length && !c.passwordless_url && !this.autoFollowed) {
      this.autoFollowed = true;
      this.followSource(only);
    }
    // authentik's remember-me: a returning user's identifier goes at once when there is nothing
    // else to fill in (no password field, no passwordless flow) and the stage came without an
    // error, unless the page's login_hint named someone else.
    if (
      this.rememberMe &&
      !sentRemembered &&
      c.user_fields?.length &&
      !this.touched &&
      !c.password_fields &&
      !c.passwordless_url &&
      !c.response_errors &&
      this.identifier === readRemembered(this.config.baseUrl)
    ) {
      sentRemembered = true;
      this.onSubmit(new Event('submit'));
    }
    if (!c.captcha_stage) return;
    // The captcha's chunk loads only for flows that have one (it is lazy in the stage table).
    void import('../captcha/ak-stage-captcha.js');
    // The same stage back with errors: the token was spent, so the captcha needs a new one.
    if (changed.get('challenge') && c.response_errors) {
      this.captchaToken = '';
      this.contentRoot.querySelector('ak-stage-captcha')?.refresh();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.challenge;
    if (!changed.has('challenge') || !c || this.touched) return;
    const remembered = c.enable_remember_me ? readRemembered(this.config.baseUrl) : null;
    this.identifier = c.pending_user_identifier || remembered || this.identifier;
    this.rememberMe = !!remembered;
  }

  /** Chrome wants the pending conditional request cancelled before the form is submitted. */
  protected override onSubmit(e: Event): void {
    if (!this.busy && this.passkeys && 'abort' in this.passkeys) this.passkeys.abort();
    if (this.challenge?.captcha_stage && !this.captchaToken && !this.busy) {
      e.preventDefault();
      this.waitingForCaptcha = true;
      return;
    }
    super.onSubmit(e);
  }

  private get fields(): UserField[] {
    return [...(this.challenge?.user_fields ?? [])].sort();
  }

  protected override response(): IdentificationResponse {
    const c = this.challenge;
    if (c?.enable_remember_me) {
      writeRemembered(this.config.baseUrl, this.rememberMe ? this.identifier : null);
    }
    const r: IdentificationResponse = {
      component: 'ak-stage-identification',
      uid_field: this.identifier,
    };
    if (c?.password_fields) r.password = this.password;
    if (c?.captcha_stage) r.captcha_token = this.captchaToken;
    return r;
  }

  private followSource(source: LoginSource): void {
    if (this.busy) return; // an answer is on its way: it is not dropped for a source
    const ch = source.challenge;
    // A source whose step runs in the browser (Plex, Apple, Telegram): the executor shows its
    // challenge in this stage's place, as authentik's page does (a kind it has no stage for is
    // named there, with a way to start over).
    if (ch.component !== 'xak-flow-redirect') {
      this.notice = undefined;
      this.dispatchEvent(new StageShowEvent(ch as unknown as Challenge));
      return;
    }
    const to = this.navigationUrl(ch.to);
    if (!to) {
      this.notice = () =>
        msg(str`${isolate(source.name)} tried to send you to an address that is not allowed.`);
      return;
    }
    this.notice = undefined;
    this.navigate(to);
  }

  private renderSources(sources: LoginSource[], labels: boolean): TemplateResult {
    // authentik's order: promoted sources first (a stable sort), each named in full.
    const sorted = [...sources].sort((a, b) => +!!b.promoted - +!!a.promoted);
    return html`<ul class="sources" part="sources" aria-label=${msg('Other ways to sign in')}>
      ${sorted.map((s) => {
        const icon = this.imageUrl(s.icon_url);
        const name = msg(str`Continue with ${isolate(s.name)}`);
        return html`<li>
          <button
            class="button ${s.promoted ? '' : 'secondary'}"
            part="source"
            type="button"
            aria-label=${name}
            @click=${() => this.followSource(s)}
          >
            ${icon ? html`<img class="source-icon" src=${icon} alt="" />` : nothing}
            ${s.promoted ? html`<span>${name}</span>` : labels || !icon ? html`<span>${s.name}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderLinks(c: IdentificationChallenge): TemplateResult | typeof nothing {
    const links = [
      // authentik's order: sign up before recovery.
      [c.passwordless_url, msg('Use a security key')],
      [c.enroll_url, msg('Need an account? Sign up.')],
      [c.recovery_url, msg('Forgot username or password?')],
    ]
      .map(([url, text]) => [this.navigationUrl(url), text] as const)
      .filter(([url]) => !!url);
    if (!links.length) return nothing;
    return html`<div class="links" part="links">
      ${links.map(([url, text]) => html`<a class="link" href=${url!}>${text}</a>`)}
    </div>`;
  }

  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const fields = this.fields;
    const sources = c.sources ?? [];
    const label = orList(fields.map(fieldLabel));
    return html`<div class="stage">
      ${
        c.application_pre
          ? html`<p class="help">
              ${msg(str`Log in to continue to ${isolate(c.application_pre)}.`)}
            </p>`
          : nothing
      }
      ${
        c.flow_designation === 'recovery'
          ? html`<p class="help">
              ${msg(
                "Enter the email associated with your account, and we'll send you a link to reset your password.",
              )}
            </p>`
          : nothing
      }
      ${
        fields.length
          ? html`<form class="stage" part="form" @submit=${this.onSubmit}>
              ${field(this, {
                field: 'uid_field',
                name: 'username',
                label,
                placeholder: label,
                type: fields.length === 1 && fields[0] === 'email' ? 'email' : 'text',
                inputmode: fields.length === 1 && fields[0] === 'email' ? 'email' : undefined,
                autocomplete: c.passkey_challenge ? 'username webauthn' : 'username',
                required: true,
                value: this.identifier,
                onInput: (v) => {
                  this.touched = true;
                  this.identifier = v;
                },
              })}
              ${
                c.enable_remember_me
                  ? html`<div class="remember">
                      <input
                        id=${this.fieldId('remember_me')}
                        type="checkbox"
                        name="remember_me"
                        .checked=${this.rememberMe}
                        @change=${(e: Event) =>
                          (this.rememberMe = (e.target as HTMLInputElement).checked)}
                      />
                      <label for=${this.fieldId('remember_me')}
                        >${msg('Remember me on this device')}</label
                      >
                    </div>`
                  : nothing
              }
              ${
                c.password_fields
                  ? passwordField(this, this.passwords, {
                      field: 'password',
                      label: msg('Password'),
                      placeholder: msg('Please enter your password'),
                      autocomplete: 'current-password',
                      required: true,
                      allowShow: !!c.allow_show_password,
                      value: this.password,
                      onInput: (v) => (this.password = v),
                    })
                  : nothing
              }
              ${
                c.captcha_stage
                  ? html`<ak-stage-captcha
                        embedded
                        ?light-dom=${this.renderRoot === this}
                        .challenge=${c.captcha_stage}
                        .config=${this.config}
                        @ak-captcha-token=${this.onCaptchaToken}
                      ></ak-stage-captcha>
                      <p class="help live" role="status" part="captcha-wait">
                        ${
                          this.waitingForCaptcha
                            ? html`<span>
                                ${
                                  c.captcha_stage.interactive
                                    ? msg('Complete the captcha to continue.')
                                    : msg('Verifying that you are human…')
                                }
                              </span>`
                            : nothing
                        }
                      </p>`
                  : nothing
              }
              ${this.renderNonFieldErrors()} ${this.renderSubmit(c.primary_action || msg('Log in'))}
            </form>`
          : html`<p class="help">${msg('Select one of the options below to continue.')}</p>`
      }
      ${this.notice ? html`<p class="alert warning" role="alert">${this.notice()}</p>` : nothing}
      ${sources.length ? this.renderSources(sources, c.show_source_labels) : nothing}
      ${this.renderLinks(c)}
    </div>`;
  }
}
define('ak-stage-identification', AkStageIdentification);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-identification': AkStageIdentification;
  }
}
