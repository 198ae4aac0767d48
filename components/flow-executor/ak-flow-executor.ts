import { LitElement, html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task } from '@lit/task';
import type { Challenge, ChallengeResponse } from '../../src/challenges.js';
import { DEFAULT_API_PATH, DEFAULT_TIMEOUT, FlowClient, apiBaseUrl } from '../../src/api/client.js';
import { FlowError, isAbortError } from '../../src/api/errors.js';
import { isFrameLayout, resolveBackground, resolveLayout } from '../../src/layout.js';
import type { ResolvedBackground } from '../../src/layout.js';
import { isValidSlug, srcsetSafe } from '../../src/url.js';
import type { FlowLayout } from '../../src/challenges.js';
import type { PasswordPolicy } from '../../src/policy/types.js';
import { adoptLightDomStyles } from '../base/light-dom.js';
import { tokens, formStyles, spin } from '../styles/theme.js';
import {
  StageCrashEvent,
  StageNavigateEvent,
  StageRestartEvent,
  StageShowEvent,
  StageSubmitEvent,
} from '../stages/kit/events.js';
import { define } from '../stages/kit/define.js';
import { stageTable } from '../stages/kit/registry.js';
import type { StageConfig, StageElement } from '../stages/kit/stage-element.js';
import { executorStyles } from './ak-flow-executor.styles.js';
import { FlowController } from './flow-controller.js';
import { describeFlowError } from './messages.js';
import { FIRST_STAGE, likelyNext, rehearsalBox, rehearsed, whenIdle } from './rehearsal.js';
import type { FlowView } from './rehearsal.js';
import { acceptLanguage } from '../../src/i18n/negotiate.js';
import { direction, getLocale, pickLocale, useLocale } from '../locales/locale.js';

/** `compatibility-mode` absent: follow the flow; present: on; `="false"`: off. */
const optionalBoolean = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};

/**
 * Renders an authentik flow: fetches the challenge for `slug` from the flow executor (and, in
 * parallel, the flow instance for its layout, background and compatibility mode) and shows one
 * stage at a time until the flow redirects.
 *
 * @fires ak-flow-challenge - a challenge arrived and its stage is shown; `detail.challenge`
 * @fires ak-flow-before-submit - cancelable; a stage's answer is about to be sent: `detail.response` (secrets left out unless `expose-secrets`) takes additions, `detail.waitUntil(promise)` holds it
 * @fires ak-flow-submit - a stage's answer is being sent; `detail.component` (never the values)
 * @fires ak-flow-error - a request failed (`detail.error` is a FlowError) or the server sent a flow-error challenge
 * @fires ak-flow-redirect - cancelable; the flow is about to navigate to `detail.to`
 * @fires ak-flow-done - the flow finished with a final redirect to `detail.to`
 * @fires ak-flow-locale - the widget's language was set or changed; `detail.locale`, `detail.previous`
 * @slot header - inside the card, above the title (a logo)
 * @slot footer - inside the card, below the stage (legal links)
 * @csspart layout - the outer grid that places card and background
 * @csspart background - the background image (`<picture>`) or, in frame layouts, the `<iframe>`
 * @csspart card - the card holding title and stage
 * @csspart title - the flow's title
 * @csspart brand-logo - the brand's logo above the title (with `brand`)
 * @csspart brand-links - the brand's footer links below the card (with `brand`)
 * @csspart request-error - the message and retry button shown when a request fails
 * @csspart stage - the box around the current stage
 * @cssprop --ak-font-family - text font (system-ui)
 * @cssprop --ak-color-primary - buttons, links and the focus of fields
 * @cssprop --ak-color-on-primary - text on primary buttons
 * @cssprop --ak-color-background - the card's background
 * @cssprop --ak-color-surface - code blocks, secrets and other inset surfaces
 * @cssprop --ak-color-text - text colour
 * @cssprop --ak-color-muted - help text and secondary text
 * @cssprop --ak-color-border - field and card borders
 * @cssprop --ak-color-danger - errors
 * @cssprop --ak-color-success - met password rules, confirmations
 * @cssprop --ak-color-warning - warnings (Caps Lock, checks that could not run)
 * @cssprop --ak-color-focus - the focus ring
 * @cssprop --ak-radius - corner radius of fields and buttons (6px)
 * @cssprop --ak-spacing - the gap between a stage's rows (1rem)
 * @cssprop --ak-card-width - the card's maximum width (28rem)
 * @cssprop --ak-card-padding - the card's padding (2rem)
 * @cssprop --ak-card-radius - the card's corner radius (10px)
 * @cssprop --ak-card-shadow - the card's shadow
 * @cssprop --ak-sidebar-width - the sidebar's width in sidebar layouts (30rem)
 * @cssprop --ak-min-height - minimum height of the whole widget (e.g. 100vh for a full page)
 */
export class AkFlowExecutor extends LitElement {
  static override styles = [tokens, formStyles, spin, executorStyles];

  /** The flow's slug (required): letters, digits, `-`, `_`; at most 50 characters. */
  @property() slug = '';
  /** Where authentik is, e.g. `https://auth.example.com`. Defaults to this page's origin. */
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /** The API prefix. */
  @property({ attribute: 'api-path' }) apiPath = DEFAULT_API_PATH;
  /** The query string handed to the flow (`next`, `flow_token`, ...). Defaults to this page's. */
  @property() query?: string;
  /** Light-DOM rendering for password managers; unset follows the flow's `compatibility_mode`. */
  @property({ attribute: 'compatibility-mode', converter: optionalBoolean, reflect: true })
  compatibilityMode?: boolean;
  /** Forces one of the seven layouts instead of the flow's own. */
  @property() layout?: FlowLayout;
  /**
   * Show the brand (`/core/brands/current/`) as authentik's page does: its logo above the title,
   * its footer links below the card. Loaded on demand, in a chunk of its own.
   */
  @property({ type: Boolean }) brand = false;
  /** Also set `document.title` from the flow's title, as authentik's own page does. */
  @property({ type: Boolean, attribute: 'document-title' }) documentTitle = false;
  /** Move focus into the first stage too (later stages always get focus). */
  @property({ type: Boolean, attribute: 'autofocus' }) override autofocus = false;
  /** UUID of a password policy to check live while the user types a new password. */
  @property({ attribute: 'password-policy' }) passwordPolicyId?: string;
  /** A password policy object (instead of fetching one by UUID). */
  @property({ attribute: false }) passwordPolicy?: PasswordPolicy;
  /** Base of the breached-password range API (`<base>/range/<5 hex>`); only a hash prefix is sent. */
  @property({ attribute: 'hibp-range-url' }) hibpRangeUrl?: string;
  /** Milliseconds before a request counts as failed. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;
  /**
   * The language (`de`, `pt-BR`, `zh-Hant`, `en-XA` for the pseudo-locale...). Unset: the nearest
   * `lang` attribute above the element, then the browser's languages, then English.
   */
  @property({ reflect: true }) locale?: string;
  /** Hand `ak-flow-before-submit` listeners passwords, codes and tokens too (off: left out). */
  @property({ type: Boolean, attribute: 'expose-secrets' }) exposeSecrets = false;
  /**
   * Milliseconds a new flow's first answer is awaited with nothing drawn before the loading card
   * (a spinner) shows. A quick answer, or one preloaded with the page, then paints its stage
   * straight away instead of after a spinner drawn, laid out and painted on the main thread the
   * answer needs. 0 shows the loading card at once.
   */
  @property({ type: Number, attribute: 'loading-delay' }) loadingDelay = 200;
  /** Shows a language menu in the card (a lazy chunk); choosing sets `locale`. */
  @property({ type: Boolean, attribute: 'locale-picker' }) localePicker = false;

  // What only this class uses is `#private`: the minifier shortens `#` names, while TypeScript's
  // `private` members stay properties under their full names in the script-tag bundle. Decorated
  // members (`@state() private`) stay as they are: decorators cannot take `#` names.

  /** The shipped locale chosen from `locale`, `lang` and the browser; set in willUpdate. */
  #chosenLocale?: string;
  /** Settles when the chosen locale's strings are in place (the first stage waits for it). */
  #localeReady: Promise<void> = Promise.resolve();

  @state() private announcement = '';

  readonly #flow = new FlowController(this, {
    client: () => this.#clientOptions(),
    stages: stageTable,
    stage: () => this.#stageElement(),
    autofocus: () => this.autofocus,
    firstRound: () => Promise.all([this.#policy.taskComplete, this.#localeReady]),
    onChallenge: (challenge) => this.#onChallenge(challenge),
    exposeSecrets: () => this.exposeSecrets,
  });

  /**
   * The password policy named by `password-policy`, read in parallel with the first challenge;
   * null when there is none or it could not be read (the live checks are off, the server judges).
   */
  readonly #policy = new Task(this, {
    args: () =>
      [
        this.passwordPolicy ? undefined : this.passwordPolicyId,
        this.#base,
        this.apiPath,
        this.slug,
      ] as const,
    task: async ([id], { signal }): Promise<PasswordPolicy | null> => {
      const options = this.#clientOptions();
      if (!id || !isValidSlug(options.slug)) return null;
      try {
        const policy = await new FlowClient(options).getPasswordPolicy(id, signal);
        return policy as unknown as PasswordPolicy;
      } catch (err) {
        if (isAbortError(err)) throw err;
        console.warn('ak-flow-executor: password policy unavailable, live checks are off', err);
        return null;
      }
    },
  });

  #lightContainer?: HTMLElement;
  /** A new flow's first answer is awaited and the loading card is not shown yet. */
  #quietStart = false;
  #quietTimer?: ReturnType<typeof setTimeout>;
  #config?: StageConfig;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener(StageSubmitEvent.type, (e) => {
      e.stopPropagation();
      const stage = e.composedPath()[0] as StageElement;
      const send = (response: ChallengeResponse | null) => {
        // Held back by the host page: the stage is ready again, with what was typed.
        if (!response) stage.pending = false;
        // One answer at a time; a poll is not news to the user.
        else if (this.#flow.submit(response, e.background, e.wait) && !e.background) {
          this.announcement = msg('Working…');
        }
      };
      // A poll is not the user's answer: no before-submit hook for it.
      const response = e.background ? e.response : this.#flow.beforeSubmit(e.response);
      if (response instanceof Promise) void response.then(send);
      else send(response);
    });
    this.addEventListener(StageRestartEvent.type, (e) => {
      e.stopPropagation();
      void this.#flow.restart();
    });
    this.addEventListener(StageCrashEvent.type, (e) => {
      e.stopPropagation();
      this.#flow.stageCrashed(e.error);
    });
    this.addEventListener(StageShowEvent.type, (e) => {
      e.stopPropagation();
      this.#flow.show(e.challenge);
    });
    this.addEventListener(StageNavigateEvent.type, (e) => {
      e.stopPropagation();
      e.handedOver = !this.#flow.navigate(e.to);
    });
  }

  readonly #onLanguageChange = () => this.#chooseLocale();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('languagechange', this.#onLanguageChange);
    this.#chooseLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('languagechange', this.#onLanguageChange);
  }

  /** The nearest `lang` attribute at or above the element, across shadow roots. */
  #inheritedLang(): string | undefined {
    let found = this.closest('[lang]');
    for (let root = this.getRootNode(); !found && root instanceof ShadowRoot;) {
      found = root.host.closest('[lang]');
      root = root.host.getRootNode();
    }
    return found?.getAttribute('lang') || undefined;
  }

  /** `locale`, else the page's `lang`, else the browser's languages; English when none is shipped. */
  #chooseLocale(): void {
    const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
    const chosen = pickLocale([this.locale, this.#inheritedLang(), ...browser]);
    if (chosen === this.#chosenLocale) return;
    const previous = this.#chosenLocale;
    this.#chosenLocale = chosen;
    this.#localeReady = useLocale(chosen).then(() => {
      if (this.#chosenLocale === chosen) this.#flow.localeChanged(chosen, previous);
    });
  }

  get #base(): string {
    return this.baseUrl || window.location.origin;
  }

  #clientOptions() {
    return {
      baseUrl: this.#base,
      apiPath: this.apiPath,
      slug: this.slug,
      query: this.query ?? window.location.search,
      timeout: this.timeout,
      language: acceptLanguage(this.#chosenLocale ?? getLocale(), navigator.languages ?? []),
    };
  }

  /** The flow's current challenge, if any. */
  get challenge(): Challenge | undefined {
    return this.#flow.challenge;
  }

  /** Whether the widget renders in light DOM now. */
  get isLightDom(): boolean {
    return this.compatibilityMode ?? this.#flow.instance?.compatibility_mode ?? false;
  }

  /** Fetches the current challenge again; authentik resumes the flow where it was. */
  reload(): Promise<void> {
    return this.#flow.load();
  }

  /** Drops the flow's plan on the server and starts from its first stage. */
  restart(): Promise<void> {
    return this.#flow.restart();
  }

  #onChallenge(challenge: Challenge): void {
    this.announcement = this.#flow.startedOver
      ? msg('Your sign-in had to start over. Please continue from here.')
      : this.#flow.errorsToCorrect
        ? msg('Please correct the errors and try again.')
        : '';
    // The stage likely next, rehearsed while the user reads and fills in this one.
    const next = likelyNext(challenge);
    if (next && !rehearsed.has(next))
      whenIdle(() => void this.#rehearse(next, () => !this.#flow.pending));
    if (this.documentTitle) {
      const title = this.#flow.flowInfo?.title || this.#flow.instance?.title;
      if (title) document.title = title;
    }
  }

  /** The stage element on screen, once rendered. */
  #stageElement(): StageElement | null {
    const root = this.#lightContainer ?? this.shadowRoot;
    return root?.querySelector<StageElement>('.stage-box > [part~="stage-element"]') ?? null;
  }

  /** What every stage gets besides its challenge; the same object while nothing changed. */
  #stageConfig(): StageConfig {
    const next: StageConfig = {
      baseUrl: this.#base + '/',
      apiBase: apiBaseUrl(this.#base, this.apiPath) + '/',
      passwordPolicy: this.passwordPolicy ?? this.#policy.value ?? undefined,
      hibpRangeUrl: this.hibpRangeUrl,
      timeout: this.timeout,
    };
    const last = this.#config;
    const same =
      last && (Object.keys(next) as (keyof StageConfig)[]).every((k) => last[k] === next[k]);
    return same ? last : (this.#config = next);
  }

  /**
   * The stage for a challenge, keyed by the controller's stage key and the rendering mode: a new
   * stage gets a new element (nothing typed carries over), the same stage back with errors or
   * from a poll keeps its element and its input. A component the widget has no stage for is named
   * by the flow-error stage.
   */
  #renderStage(challenge: Challenge, light: boolean, view: FlowView): TemplateResult {
    const config = this.#stageConfig();
    const key = `${view.stageKey}:${light}`;
    if (!this.#flow.hasStage(challenge)) {
      return keyed(
        key,
        html`<ak-stage-flow-error
          part="stage-element"
          ?light-dom=${light}
          .challenge=${challenge}
          .config=${config}
          .unknownComponent=${challenge.component}
        ></ak-stage-flow-error>`,
      ) as TemplateResult;
    }
    // The tag is a key of the stage table (checked above), never free server text.
    const tag = unsafeStatic(challenge.component);
    return keyed(
      key,
      staticHtml`<${tag}
        part="stage-element"
        ?light-dom=${light}
        .challenge=${challenge}
        .config=${config}
        .pending=${view.submitting}
      ></${tag}>`,
    ) as TemplateResult;
  }

  #renderBackground(bg: ResolvedBackground, layout: FlowLayout): TemplateResult {
    if (isFrameLayout(layout)) {
      return html`<iframe
        class="background"
        part="background"
        src=${bg.light}
        sandbox="allow-scripts"
        referrerpolicy="no-referrer"
        loading="lazy"
        tabindex="-1"
        title=${msg('Background')}
      ></iframe>`;
    }
    return html`<picture class="background" part="background">
      ${
        bg.dark
          ? html`<source media="(prefers-color-scheme: dark)" srcset=${srcsetSafe(bg.dark)} />`
          : nothing
      }
      <img src=${bg.light} alt="" decoding="async" />
    </picture>`;
  }

  #renderRequestError(
    error: FlowError,
    wayOn: () => unknown = () => this.#flow.retry(),
  ): TemplateResult {
    // Only the message is the alert: the button is not read as part of it.
    return html`<div class="alert danger request-error" part="request-error">
      <p role="alert" tabindex="-1">${describeFlowError(error)}</p>
      ${
        error.kind === 'invalid-slug'
          ? nothing
          : html`<button
              class="button secondary"
              type="button"
              @click=${() => void this.#retry(wayOn)}
            >
              ${msg('Try again')}
            </button>`
      }
    </div>`;
  }

  /**
   * "Try again" removes itself: focus moves to the stage (or the card's loading box) first, so it
   * never falls to <body>; then to the alert if the retry failed, else to the stage.
   */
  async #retry(wayOn: () => unknown): Promise<void> {
    const root = this.#lightContainer ?? this.shadowRoot!;
    const stage = this.#stageElement();
    if (stage) stage.focusFirst();
    else root.querySelector<HTMLElement>('.stage-box')!.focus();
    await wayOn();
    await this.updateComplete;
    const alert = root.querySelector<HTMLElement>('.request-error p');
    if (alert) return alert.focus();
    const next = this.#stageElement();
    await next?.updateComplete;
    next?.focusFirst();
  }

  /** The card for `view`: the flow's state, or a rehearsal's stand-in (no brand, no picker). */
  #renderContent(view: FlowView = this.#flow, rehearsal = false): TemplateResult {
    const { flowInfo, instance, challenge, error } = view;
    const layout = resolveLayout(this.layout, flowInfo, instance);
    const background = resolveBackground(flowInfo, instance, layout, this.#base + '/');
    const title = flowInfo?.title || instance?.title || '';
    const light = this.isLightDom;
    // The language actually on screen (page-wide in @lit/localize), so screen readers voice it right.
    const lang = getLocale();
    const brand =
      this.brand && !rehearsal ? this.#base + this.apiPath + '/core/brands/current/' : '';
    return html`<div
      class="flow layout-${layout}"
      part="layout"
      data-layout=${layout}
      lang=${lang}
      dir=${direction(lang)}
    >
      ${background ? this.#renderBackground(background, layout) : nothing}
      <section class="card" part="card" aria-label=${title || msg('Sign in')}>
        ${brand ? html`<ak-flow-brand part="brand-logo" .src=${brand}></ak-flow-brand>` : nothing}
        ${this.#slotFor('header', light)}
        ${title ? html`<h1 class="title" part="title">${title}</h1>` : nothing}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
        ${error ? this.#renderRequestError(error) : nothing}
        ${
          view.startedOver && !error
            ? html`<p class="alert warning" part="notice">
                ${msg('Your sign-in had to start over. Please continue from here.')}
              </p>`
            : nothing
        }
        <div
          class="stage-box"
          part="stage"
          tabindex="-1"
          aria-busy=${view.pending && !view.background ? 'true' : 'false'}
        >
          ${
            challenge
              ? this.#renderStage(challenge, light, view)
              : view.pending
                ? html`<h1 class="loading">
                    <span class="spinner" aria-hidden="true"></span>${msg('Loading…')}
                  </h1>`
                : nothing
          }
        </div>
        ${this.localePicker && !rehearsal ? html`<ak-flow-locale-picker part="locale-picker"></ak-flow-locale-picker>` : nothing}
        ${this.#slotFor('footer', light)}
      </section>
      ${
        brand
          ? html`<ak-flow-brand kind="links" part="links" .src=${brand}></ak-flow-brand>`
          : nothing
      }
    </div>`;
  }

  /**
   * The card's `header`/`footer` slot. Light DOM has no slots: there the host page's
   * `[slot=header]`/`[slot=footer]` children are moved into this box after each render (see
   * placeSlotted) and back when compatibility mode ends.
   */
  #slotFor(name: string, light: boolean): TemplateResult {
    return light ? html`<div data-slot=${name}></div>` : html`<slot name=${name}></slot>`;
  }

  readonly #slotChanged = () => this.requestUpdate();

  /** Light DOM: the host page's header/footer children into the card's boxes; else back. */
  #placeSlotted(light: boolean): void {
    for (const el of this.querySelectorAll(light ? ':scope > [slot]' : '[data-slot] > *')) {
      (light ? this.querySelector(`[data-slot="${el.slot}"]`) : this)?.append(el);
    }
  }

  override render() {
    // In compatibility mode the content lives in light DOM (see update()); the shadow root
    // only slots it, so `::part` styling keeps working in the normal mode.
    // The named slots only notice header/footer elements added later, to move them into the card.
    return this.isLightDom
      ? html`<slot></slot><slot name="header" @slotchange=${this.#slotChanged}></slot
          ><slot name="footer" @slotchange=${this.#slotChanged}></slot>`
      : this.#renderSafely();
  }

  /**
   * The executor's own error boundary: its chrome (layout, title, background) failing to render
   * must not leave a blank widget. The card then says so and offers a way on.
   */
  #renderSafely(): TemplateResult | typeof nothing {
    if (this.#quietStart) return nothing;
    try {
      return this.#renderContent();
    } catch (err) {
      this.#flow.stageCrashed(err);
      return html`<div class="flow layout-stacked" part="layout">
        <section class="card" part="card" aria-label=${msg('Sign in')}>
          ${this.#renderRequestError(new FlowError('render', String(err)), () => this.restart())}
        </section>
      </div>`;
    }
  }

  /**
   * A stage rehearsed off-screen in an idle moment, once per page (rehearsal.ts): before a new
   * flow's first answer, the stage most flows start with; once a stage is on screen, the one
   * likely next. The card with a stand-in challenge is rendered into a hidden, inert, closed
   * shadow root, laid out and removed, all in one task. What that stage then needs is ready:
   * Lit's templates (prepared once per page), its stylesheets, and the fonts of each size and
   * weight on it (matched through the browser process and shaped at the first layout). When
   * authentik's first answer comes after the script, as on a real server, the first stage
   * renders in about half the time, and so does the password stage after the identification
   * stage (`npm run bench`). Skipped once `useful` no longer holds: an answer already in when
   * the script runs is rendered first with nothing rehearsed. The stand-in has no brand,
   * background or language menu, so it requests nothing, and no stage event or focus comes of it.
   */
  async #rehearse(view: FlowView, useful: () => boolean): Promise<void> {
    const own = this.shadowRoot;
    if (rehearsed.has(view) || !useful() || !this.isConnected || !own) return;
    rehearsed.add(view);
    const { box, root } = rehearsalBox(own);
    root.adoptedStyleSheets = own.adoptedStyleSheets;
    try {
      render(this.#renderContent(view, true), root, { host: this });
      await root.querySelector<StageElement>('[part~="stage-element"]')?.updateComplete;
      box.getBoundingClientRect();
    } catch (err) {
      console.debug('ak-flow-executor: rehearsal failed', err);
    } finally {
      box.remove();
    }
  }

  /**
   * Starts a new flow when its address changed. In compatibility mode the content is rendered into
   * a light-DOM container here, right after the shadow root's `<slot>`, so it is on screen when the
   * controller's hostUpdated runs.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.#chooseLocale();
    if (this.localePicker) void import('../controls/locale-picker/ak-flow-locale-picker.js');
    // The brand once the first stage (or its error) is on the way to the screen: its chunk and its
    // answer are preloaded with the script, but drawing it must not hold the stage back.
    if (this.brand && (this.#flow.challenge || this.#flow.error)) {
      void import('../brand/ak-flow-brand.js');
    }
    // "Working…" is over when the request failed: the alert says what happened.
    if (this.#flow.error) this.announcement = '';
    // The quiet start ends with the first answer or failure (a retry then shows the loading card).
    if (this.#flow.challenge || this.#flow.error) this.#quietStart = false;
  }

  protected override update(changed: PropertyValues<this>): void {
    // A new flow starts here, after the controllers' hostUpdate started the policy task, so the
    // first round can wait for the policy too.
    const target = ['slug', 'baseUrl', 'apiPath', 'query'] as const;
    if (target.some((k) => changed.has(k))) {
      clearTimeout(this.#quietTimer);
      this.#quietStart = this.loadingDelay > 0;
      if (this.#quietStart) {
        this.#quietTimer = setTimeout(() => {
          if (!this.#quietStart) return;
          this.#quietStart = false;
          this.requestUpdate();
        }, this.loadingDelay);
      }
      void this.#flow.load(true);
      whenIdle(
        () => void this.#rehearse(FIRST_STAGE, () => !this.#flow.challenge && !this.#flow.error),
      );
    }
    super.update(changed);
    if (this.isLightDom) {
      if (!this.#lightContainer) {
        this.toggleAttribute('light-dom', true);
        adoptLightDomStyles(this, AkFlowExecutor.styles);
        this.#lightContainer = document.createElement('div');
        this.#lightContainer.className = 'ak-flow-light';
        this.append(this.#lightContainer);
      }
      render(this.#renderSafely(), this.#lightContainer, { host: this });
      this.#placeSlotted(true);
    } else if (this.#lightContainer) {
      this.#placeSlotted(false);
      this.#lightContainer.remove();
      this.#lightContainer = undefined;
      this.toggleAttribute('light-dom', false);
    }
  }
}
define('ak-flow-executor', AkFlowExecutor);

declare global {
  interface HTMLElementTagNameMap {
    'ak-flow-executor': AkFlowExecutor;
  }
}
