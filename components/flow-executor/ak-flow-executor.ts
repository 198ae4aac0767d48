import { LitElement, html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Challenge } from '../../src/challenges.js';
import { DEFAULT_API_PATH, DEFAULT_TIMEOUT } from '../../src/api/client.js';
import { FlowError } from '../../src/api/errors.js';
import { isFrameLayout, resolveBackground, resolveLayout } from '../../src/layout.js';
import type { ResolvedBackground } from '../../src/layout.js';
import { safeNavigationUrl, srcsetSafe } from '../../src/url.js';
import type { FlowLayout } from '../../src/challenges.js';
import type { PasswordPolicy } from '../../src/policy/types.js';
import { adoptLightDomStyles } from '../base/light-dom.js';
import { tokens, formStyles, spin } from '../styles/theme.js';
import { StageActionEvent, StageSubmitEvent, flowEvent } from '../stages/events.js';
import { stageEntry } from '../stages/registry.js';
import type { StageElement } from '../stages/base.js';
import type { AkStageFlowError } from '../stages/flow-error/ak-stage-flow-error.js';
import '../stages/eager.js';
import { executorStyles } from './ak-flow-executor.styles.js';
import { FlowController } from './flow-controller.js';
import { describeFlowError } from './messages.js';

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
 * @fires ak-flow-submit - a stage's answer is being sent; `detail.component` (never the values)
 * @fires ak-flow-error - a request failed (`detail.error` is a FlowError) or the server sent a flow-error challenge
 * @fires ak-flow-redirect - cancelable; the flow is about to navigate to `detail.to`
 * @fires ak-flow-done - the flow finished with a final redirect to `detail.to`
 * @csspart layout - the outer grid that places card and background
 * @csspart background - the background image (`<picture>`) or, in frame layouts, the `<iframe>`
 * @csspart card - the card holding title and stage
 * @csspart title - the flow's title
 * @csspart request-error - the message and retry button shown when a request fails
 * @csspart stage - the box around the current stage
 * @cssprop --ak-font-family - text font
 * @cssprop --ak-color-primary - buttons and links
 * @cssprop --ak-color-background - the card's background
 * @cssprop --ak-color-text - text colour
 * @cssprop --ak-color-danger - errors
 * @cssprop --ak-radius - corner radius of fields and buttons
 * @cssprop --ak-card-width - the card's maximum width (28rem)
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

  @state() private announcement = '';

  private readonly flow = new FlowController(
    this,
    () => ({
      baseUrl: this.base,
      apiPath: this.apiPath,
      slug: this.slug,
      query: this.query ?? window.location.search,
      timeout: this.timeout,
      passwordPolicyId: this.passwordPolicy ? undefined : this.passwordPolicyId,
    }),
    {
      onChallenge: (challenge) => this.onChallenge(challenge),
      onError: (error) => this.emit('ak-flow-error', { error }),
    },
  );

  private stage?: StageElement;
  /** The answer in flight (or just answered) was a stage polling in the background. */
  private backgroundSubmit = false;
  private stageChallenge?: Challenge;
  private stageIsLight = false;
  private challengesShown = 0;
  private lightContainer?: HTMLElement;

  constructor() {
    super();
    this.addEventListener(StageSubmitEvent.type, (e) => this.onStageSubmit(e));
    this.addEventListener(StageActionEvent.type, (e) => this.onStageAction(e));
  }

  private get base(): string {
    return this.baseUrl || window.location.origin;
  }

  /** The flow's current challenge, if any. */
  get challenge(): Challenge | undefined {
    return this.flow.challenge;
  }

  /** Whether the widget renders in light DOM now. */
  get isLightDom(): boolean {
    return this.compatibilityMode ?? this.flow.instance?.compatibility_mode ?? false;
  }

  /** Fetches the current challenge again; authentik resumes the flow where it was. */
  reload(): Promise<void> {
    return this.flow.load();
  }

  /** Drops the flow's plan on the server and starts from its first stage. */
  restart(): Promise<void> {
    return this.flow.restart();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const target = ['slug', 'baseUrl', 'apiPath', 'query'] as const;
    if (target.some((k) => changed.has(k))) void this.flow.load(true);
    else if (changed.has('passwordPolicyId')) void this.flow.reloadPolicy();
  }

  private emit<K extends Parameters<typeof flowEvent>[0]>(
    type: K,
    detail: Parameters<typeof flowEvent<K>>[1],
  ): void {
    this.dispatchEvent(flowEvent(type, detail));
  }

  private onChallenge(challenge: Challenge): void {
    this.announcement = challenge.response_errors
      ? msg('Please correct the errors and try again.')
      : '';
    if (this.documentTitle) {
      const title = this.flow.flowInfo?.title || this.flow.instance?.title;
      if (title) document.title = title;
    }
  }

  private onStageSubmit(e: StageSubmitEvent): void {
    e.stopPropagation();
    if (!this.flow.submit(e.response)) return; // one answer at a time
    this.backgroundSubmit = e.background;
    if (e.background) return;
    this.announcement = msg('Working…');
    this.emit('ak-flow-submit', { component: e.response.component });
  }

  private onStageAction(e: StageActionEvent): void {
    e.stopPropagation();
    void this.flow.restart();
  }

  /**
   * The stage element for a challenge. A new challenge gets a new element (nothing typed carries
   * over to the next stage) unless it is the same stage back with errors, where the element and
   * its input stay. A request that fails leaves the challenge, and so the element, as it was.
   */
  private stageFor(challenge: Challenge, light: boolean): StageElement {
    if (this.stage && this.stageChallenge === challenge && this.stageIsLight === light) {
      return this.stage;
    }
    const entry = stageEntry(challenge.component);
    const sameStage = !!entry && this.stage?.localName === entry.tag && this.stageIsLight === light;
    const keep =
      sameStage &&
      (this.backgroundSubmit || Object.keys(challenge.response_errors ?? {}).length > 0);
    if (!this.stage || !keep) {
      const el = document.createElement(entry?.tag ?? 'ak-stage-flow-error') as StageElement;
      if (light) el.setAttribute('light-dom', '');
      if (!entry) (el as AkStageFlowError).unknownComponent = challenge.component;
      el.setAttribute('part', 'stage-element');
      this.stage = el;
      this.stageIsLight = light;
    }
    this.stageChallenge = challenge;
    return this.stage;
  }

  private renderBackground(bg: ResolvedBackground, layout: FlowLayout): TemplateResult {
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

  private renderRequestError(error: FlowError): TemplateResult {
    return html`<div class="alert danger request-error" role="alert" part="request-error">
      <p>${describeFlowError(error)}</p>
      ${
        error.kind === 'invalid-slug'
          ? nothing
          : html`<button class="button secondary" type="button" @click=${() => this.flow.retry()}>
              ${msg('Try again')}
            </button>`
      }
    </div>`;
  }

  private renderContent(): TemplateResult {
    const { flowInfo, instance, challenge, error } = this.flow;
    const layout = resolveLayout(this.layout, flowInfo, instance);
    const background = resolveBackground(flowInfo, instance, layout, this.base + '/');
    const title = flowInfo?.title || instance?.title || '';
    const light = this.isLightDom;
    const stage = challenge ? this.stageFor(challenge, light) : undefined;
    if (stage && challenge) {
      stage.challenge = challenge;
      stage.baseUrl = this.base + '/';
      stage.pending = this.flow.submitting;
      if ('passwordPolicy' in stage) {
        Object.assign(stage, {
          passwordPolicy: this.passwordPolicy ?? this.flow.policy ?? undefined,
          hibpRangeUrl: this.hibpRangeUrl,
        });
      }
    }
    return html`<div class="flow layout-${layout}" part="layout" data-layout=${layout}>
      ${background ? this.renderBackground(background, layout) : nothing}
      <section class="card" part="card" aria-label=${title || msg('Sign in')}>
        ${title ? html`<h1 class="title" part="title">${title}</h1>` : nothing}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
        ${error ? this.renderRequestError(error) : nothing}
        <div
          class="stage-box"
          part="stage"
          aria-busy=${this.flow.pending && !this.backgroundSubmit ? 'true' : 'false'}
        >
          ${
            stage ?? (this.flow.pending ? html`<p class="loading">${msg('Loading…')}</p>` : nothing)
          }
        </div>
      </section>
    </div>`;
  }

  override render() {
    // In compatibility mode the content lives in light DOM (see updated()); the shadow root
    // only slots it, so `::part` styling keeps working in the normal mode.
    return this.isLightDom ? html`<slot></slot>` : this.renderContent();
  }

  protected override updated(): void {
    const light = this.isLightDom;
    if (light) {
      if (!this.lightContainer) {
        this.toggleAttribute('light-dom', true);
        adoptLightDomStyles(this, AkFlowExecutor.styles);
        this.lightContainer = document.createElement('div');
        this.lightContainer.className = 'ak-flow-light';
        this.append(this.lightContainer);
      }
      render(this.renderContent(), this.lightContainer, { host: this });
    } else if (this.lightContainer) {
      this.lightContainer.remove();
      this.lightContainer = undefined;
      this.toggleAttribute('light-dom', false);
    }
    this.afterStageRender();
  }

  private shownChallenge?: Challenge;
  private shownStage?: StageElement;

  /** Once per new challenge: events, and focus into the stage (not on first paint unless asked). */
  private afterStageRender(): void {
    const challenge = this.flow.challenge;
    const stage = this.stage;
    if (!challenge || !stage || this.shownChallenge === challenge || this.flow.submitting) return;
    // A poll answered with the same stage: nothing new for the user or the host page.
    const quiet = this.backgroundSubmit && this.shownStage === stage;
    this.backgroundSubmit = false;
    this.shownChallenge = challenge;
    this.shownStage = stage;
    if (quiet) return;
    this.challengesShown++;
    const focus = this.challengesShown > 1 || this.autofocus;
    void stage.updateComplete.then(() => {
      if (focus && this.stage === stage) stage.focusFirst();
      this.emit('ak-flow-challenge', { challenge });
      if (challenge.component === 'ak-stage-flow-error')
        this.emit('ak-flow-error', { error: challenge });
      if (!stageEntry(challenge.component)) {
        const error = new FlowError('unknown-component', `No stage for ${challenge.component}`, {
          detail: challenge.component,
        });
        this.emit('ak-flow-error', { error });
      }
      if (challenge.component === 'xak-flow-redirect') {
        const to = safeNavigationUrl(challenge.to, this.base + '/');
        if (to) this.emit('ak-flow-done', { to });
      }
    });
  }
}
// Guarded: a second copy of the bundle on the page must not throw.
if (!customElements.get('ak-flow-executor'))
  customElements.define('ak-flow-executor', AkFlowExecutor);

declare global {
  interface HTMLElementTagNameMap {
    'ak-flow-executor': AkFlowExecutor;
  }
}
