import { html, css, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  DEFAULT_SYMBOL_CHARSET,
  evaluatePasswordPolicy,
  passwordRules,
  resolvePolicy,
  staticRules,
} from '../../../src/policy/index.js';
import type {
  PasswordPolicy,
  ResolvedPasswordPolicy,
  RuleState,
  StaticRuleId,
  ZxcvbnDetail,
} from '../../../src/policy/index.js';
import { AkElement } from '../../base/ak-element.js';
import { getLocale } from '../../locales/locale.js';
import { plural } from '../../locales/plural.js';
import { define } from '../../stages/kit/define.js';
import { formStyles, tokens } from '../../styles/theme.js';
import { label, passwordToggle } from '../../stages/kit/fields.js';
import { matchHint } from '../../stages/kit/match.js';
import { safeHtml } from '../../stages/kit/sanitize.js';
import { rehearsalBox, whenIdle } from '../../flow-executor/rehearsal.js';
import { feedbackTexts, loadFeedback } from './strength-feedback.js';

let instances = 0;
/** This page's rehearsal of the keystroke path (AkPasswordPolicyInput.rehearse). */
let rehearsal: 'scheduled' | 'done' | undefined;

/**
 * What the user sees for one static rule, in their language. Every plural category has its own
 * message (English uses two; Polish, Russian, Arabic and others more), chosen by Intl.PluralRules.
 */
function ruleText(id: StaticRuleId, n: number, charset: string): string {
  switch (id) {
    case 'length_min':
      return plural(n, {
        zero: (c) => msg(str`At least ${c} characters`, { id: 'rule-length.zero' }),
        one: (c) => msg(str`At least ${c} character`, { id: 'rule-length.one' }),
        two: (c) => msg(str`At least ${c} characters`, { id: 'rule-length.two' }),
        few: (c) => msg(str`At least ${c} characters`, { id: 'rule-length.few' }),
        many: (c) => msg(str`At least ${c} characters`, { id: 'rule-length.many' }),
        other: (c) => msg(str`At least ${c} characters`, { id: 'rule-length.other' }),
      });
    case 'amount_digits':
      return plural(n, {
        zero: (c) => msg(str`At least ${c} digits (0–9)`, { id: 'rule-digits.zero' }),
        one: (c) => msg(str`At least ${c} digit (0–9)`, { id: 'rule-digits.one' }),
        two: (c) => msg(str`At least ${c} digits (0–9)`, { id: 'rule-digits.two' }),
        few: (c) => msg(str`At least ${c} digits (0–9)`, { id: 'rule-digits.few' }),
        many: (c) => msg(str`At least ${c} digits (0–9)`, { id: 'rule-digits.many' }),
        other: (c) => msg(str`At least ${c} digits (0–9)`, { id: 'rule-digits.other' }),
      });
    case 'amount_lowercase':
      return plural(n, {
        zero: (c) => msg(str`At least ${c} lowercase letters (a–z)`, { id: 'rule-lowercase.zero' }),
        one: (c) => msg(str`At least ${c} lowercase letter (a–z)`, { id: 'rule-lowercase.one' }),
        two: (c) => msg(str`At least ${c} lowercase letters (a–z)`, { id: 'rule-lowercase.two' }),
        few: (c) => msg(str`At least ${c} lowercase letters (a–z)`, { id: 'rule-lowercase.few' }),
        many: (c) => msg(str`At least ${c} lowercase letters (a–z)`, { id: 'rule-lowercase.many' }),
        other: (c) =>
          msg(str`At least ${c} lowercase letters (a–z)`, { id: 'rule-lowercase.other' }),
      });
    case 'amount_uppercase':
      return plural(n, {
        zero: (c) => msg(str`At least ${c} uppercase letters (A–Z)`, { id: 'rule-uppercase.zero' }),
        one: (c) => msg(str`At least ${c} uppercase letter (A–Z)`, { id: 'rule-uppercase.one' }),
        two: (c) => msg(str`At least ${c} uppercase letters (A–Z)`, { id: 'rule-uppercase.two' }),
        few: (c) => msg(str`At least ${c} uppercase letters (A–Z)`, { id: 'rule-uppercase.few' }),
        many: (c) => msg(str`At least ${c} uppercase letters (A–Z)`, { id: 'rule-uppercase.many' }),
        other: (c) =>
          msg(str`At least ${c} uppercase letters (A–Z)`, { id: 'rule-uppercase.other' }),
      });
    case 'amount_symbols':
      if (charset !== DEFAULT_SYMBOL_CHARSET) {
        return plural(n, {
          zero: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.zero' }),
          one: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.one' }),
          two: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.two' }),
          few: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.few' }),
          many: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.many' }),
          other: (c) =>
            msg(str`At least ${c} of these symbols: ${charset}`, { id: 'rule-symbols-of.other' }),
        });
      }
      return plural(n, {
        zero: (c) => msg(str`At least ${c} symbols`, { id: 'rule-symbols.zero' }),
        one: (c) => msg(str`At least ${c} symbol`, { id: 'rule-symbols.one' }),
        two: (c) => msg(str`At least ${c} symbols`, { id: 'rule-symbols.two' }),
        few: (c) => msg(str`At least ${c} symbols`, { id: 'rule-symbols.few' }),
        many: (c) => msg(str`At least ${c} symbols`, { id: 'rule-symbols.many' }),
        other: (c) => msg(str`At least ${c} symbols`, { id: 'rule-symbols.other' }),
      });
  }
}

/**
 * ruleText, remembered per locale: the checklist and its announcements ask for the same few lines
 * on every keystroke.
 */
const ruleTexts = new Map<string, string>();
function cachedRuleText(id: StaticRuleId, n: number, charset: string): string {
  const key = `${getLocale()}\n${id}\n${n}\n${charset}`;
  let text = ruleTexts.get(key);
  if (text === undefined) ruleTexts.set(key, (text = ruleText(id, n, charset)));
  return text;
}

const ruleStates = new Map<string, string>();
/** "<rule>: done" or "<rule>: not yet", one sentence in the language's own order (cached too). */
function ruleState(text: string, met: boolean): string {
  const key = `${getLocale()}\n${met}\n${text}`;
  let said = ruleStates.get(key);
  if (said === undefined)
    ruleStates.set(key, (said = met ? msg(str`${text}: done`) : msg(str`${text}: not yet`)));
  return said;
}

function strengthText(score: number): string {
  return [msg('Very weak'), msg('Weak'), msg('Fair'), msg('Good'), msg('Strong')][score] ?? '';
}

/**
 * The password field of a prompt stage whose `field_key` is the policy's `password_field`. It
 * shows authentik's password policy live: a checklist of the static rules, a zxcvbn strength
 * meter and a debounced Have I Been Pwned check. It only advises: nothing here blocks a submit,
 * since the server evaluates the same policy again and is the judge.
 *
 * @fires input - bubbling and composed, whenever the user edits the password; read `.value`
 * @fires change - bubbling and composed, when the user commits an edit
 * @csspart input - the `<input type=password>`, with `passwordrules` from the policy for password managers
 * @csspart toggle - the show/hide button
 * @csspart rules - the checklist `<ul>`
 * @csspart rule - one checklist item (also `rule-met` or `rule-unmet`)
 * @csspart strength - the strength meter block
 * @csspart breach - the breach check status
 * @csspart match - the "passwords match" status
 * @csspart field-error - one server error
 * @cssprop --ak-color-success - met rules, strong passwords
 * @cssprop --ak-color-danger - unmet rules, breaches, errors
 * @cssprop --ak-color-warning - a check that could not run
 * @cssprop --ak-color-muted - pending rules and help text
 */
export class AkPasswordPolicyInput extends AkElement {
  /** A form control of its own (ElementInternals): its value is in the form's data under `name`. */
  static readonly formAssociated = true;

  static override styles = [
    tokens,
    formStyles,
    css`
      :host {
        display: block;
      }
      .rules {
        list-style: none;
        margin: 0.25rem 0 0;
        padding: 0;
        font-size: 0.85rem;
        display: grid;
        gap: 0.15rem;
      }
      .status,
      .hint {
        font-size: 0.85rem;
        margin: 0;
      }
      .hint.ok {
        color: var(--_success);
      }
      .hint.warning {
        color: var(--_warning);
      }
      .required {
        color: var(--_danger);
      }
      .met {
        color: var(--_success);
      }
      .unmet {
        color: var(--_muted);
      }
      .bad {
        color: var(--_danger);
      }
      .unknown {
        color: var(--_warning);
      }
      .mark {
        display: inline-grid;
        width: 1.2em;
      }
      .mark > * {
        grid-area: 1 / 1;
      }
      /*
       * Both marks and both states are always laid out; a flip only shows the other one, which
       * needs no layout, only paint. (visibility: hidden also takes a text out of what a screen
       * reader reads.)
       */
      .met .off,
      .unmet .on {
        visibility: hidden;
      }
      .strength {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      meter {
        width: 100%;
        height: 0.5rem;
      }
      /* A check is running: the previous verdict stays, quietly, until the new one arrives. */
      [aria-busy='true'] {
        opacity: 0.6;
      }
      .status:empty::before {
        content: '\\200b';
      }
      .feedback {
        margin: 0;
        padding-inline-start: 1.2rem;
        font-size: 0.85rem;
        color: var(--_muted);
      }
    `,
  ];

  /** authentik's `PasswordPolicy` (as from `policies_password_retrieve`). */
  @property({ attribute: false }) policy?: PasswordPolicy;
  @property() name = 'password';
  @property() label = '';
  @property() value = '';
  @property() autocomplete = 'new-password';
  @property({ type: Boolean }) required = false;
  @property() placeholder = '';
  /** Help under the field, as HTML (an admin's `sub_text`): sanitized, read with the field. */
  @property() help = '';
  /** The `*_repeat` field's value; when set (even empty), a "passwords match" line is shown. */
  @property({ attribute: false }) repeatValue?: string;
  /** Base of the HIBP range API (default https://api.pwnedpasswords.com). */
  @property({ attribute: 'hibp-range-url' }) hibpRangeUrl?: string;
  /** Username, name, email, brand title: zxcvbn treats them as guessable. */
  @property({ attribute: false }) userInputs: string[] = [];
  /** Errors the server reported for this field. */
  @property({ attribute: false }) errors: string[] = [];
  /** Marked invalid though the errors are shown elsewhere (a policy failure above the button). */
  @property({ type: Boolean }) invalid = false;
  /**
   * What those errors shown elsewhere say: read with the field (out of sight, as they are on
   * screen already), since \`aria-describedby\` cannot point out of this shadow root.
   */
  @property({ attribute: false }) errorsElsewhere: string[] = [];
  /** The fetch used for the breach check (tests, or a proxy-aware fetch). */
  @property({ attribute: false }) hibpFetch?: typeof fetch;
  /**
   * Milliseconds to wait after the last keystroke before the breach check and strength score, and
   * before the checklist's changes are announced.
   */
  @property({ attribute: false }) debounce = 300;

  @state() private shown = false;
  @state() private static_: RuleState[] = [];
  @state() private hibp?: RuleState;
  @state() private zxcvbn?: RuleState;
  @state() private checking = false;
  /** What the live region says: one sentence per element, none assembled from the others. */
  @state() private announcement: string[] = [];
  /** A rehearsal's copy: its input events are not re-dispatched (the page must not hear them). */
  private rehearsing = false;

  private readonly uid = `ak-pw-${++instances}`;
  private readonly internals = this.attachInternals();
  private timer?: ReturnType<typeof setTimeout>;
  /** The checklist's pending announcement (see noteStatic). */
  private announceTimer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  /** Last announced state per topic, so each change is announced once. */
  private said = new Map<string, string>();
  /** The policy with its defaults and its `passwordrules`, worked out once per policy object. */
  private resolved?: { of?: PasswordPolicy; policy: ResolvedPasswordPolicy; rules: string };

  private get resolvedPolicy(): ResolvedPasswordPolicy {
    return this.resolve().policy;
  }

  private resolve(): NonNullable<AkPasswordPolicyInput['resolved']> {
    if (!this.resolved || this.resolved.of !== this.policy) {
      const policy = resolvePolicy(this.policy ?? {});
      this.resolved = { of: this.policy, policy, rules: this.policy ? passwordRules(policy) : '' };
    }
    return this.resolved;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPending();
    clearTimeout(this.announceTimer);
  }

  /** Every active rule with its current state (static now, HIBP and zxcvbn once checked). */
  get rules(): RuleState[] {
    return [
      ...this.static_,
      ...(this.hibp ? [this.hibp] : []),
      ...(this.zxcvbn ? [this.zxcvbn] : []),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputsChanged =
      changed.has('value') || changed.has('policy') || changed.has('userInputs');
    if (inputsChanged || changed.has('hibpRangeUrl') || changed.has('hibpFetch')) {
      this.static_ = this.policy ? staticRules(this.resolvedPolicy, this.value) : [];
      this.schedule();
    }
    if (inputsChanged || changed.has('repeatValue')) this.noteStatic();
    // In shadow DOM the inner input is not in the form: the element answers for it. In light DOM
    // the inner input is, and one value under `name` is enough.
    if (changed.has('value') || changed.has('name')) {
      this.internals.setFormValue(this.renderRoot === this ? null : this.value);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('required')) this.syncValidity();
    if (!rehearsal && this.static_.length) {
      rehearsal = 'scheduled';
      whenIdle(() => void this.rehearse());
    }
  }

  /**
   * The keystroke path rehearsed off-screen in an idle moment, once per page, as the executor
   * rehearses a stage: a copy of this control with the same policy, in a hidden, inert, closed
   * shadow root, has every rule met and unmet a dozen times, and is removed, all in one task.
   * The first keystroke then finds its code compiled and its styles matched, and V8 has moved
   * that code up a tier (which it does after eight or so runs, on whichever keystroke that is).
   * No password manager or screen reader can see it, it belongs to no form, and its debounced
   * checks and announcements are cancelled with it.
   */
  private async rehearse(): Promise<void> {
    // Gone, or typed into already: the next control to update schedules it again.
    if (!this.isConnected || this.value) return void (rehearsal = undefined);
    rehearsal = 'done';
    const copy = new AkPasswordPolicyInput();
    copy.policy = this.policy;
    copy.name = '';
    copy.rehearsing = true;
    const { box, root } = rehearsalBox(this.renderRoot);
    root.append(copy);
    try {
      const p = this.resolvedPolicy;
      const symbol = [...p.symbol_charset][0] ?? '!';
      const most = Math.max(
        p.amount_digits,
        p.amount_lowercase,
        p.amount_uppercase,
        p.amount_symbols,
      );
      const all = `aA1${symbol}`.repeat(Math.max(1, most, Math.ceil(p.length_min / 4)));
      await copy.updateComplete;
      const input = copy.renderRoot.querySelector('input')!;
      // Typed as the user types, through the input handler, with events that do not leave the
      // box's closed shadow root (not composed), and which the copy does not re-dispatch: no
      // listener of the page hears them.
      for (let i = 0; i < 12; i++) {
        input.value = i % 2 ? all : 'a';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await copy.updateComplete;
        box.getBoundingClientRect();
      }
    } catch (err) {
      console.debug('ak-password-policy-input: rehearsal failed', err);
    } finally {
      box.remove();
    }
  }

  /** The form was reset: so is the password. */
  formResetCallback(): void {
    this.value = '';
  }

  private cancelPending(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Debounces the lazy and network checks; a newer keystroke cancels an older check. */
  private schedule(): void {
    this.cancelPending();
    const p = this.policy ? this.resolvedPolicy : undefined;
    if (!p || !this.value || (!p.check_have_i_been_pwned && !p.check_zxcvbn)) {
      this.hibp = this.zxcvbn = undefined;
      this.checking = false;
      return;
    }
    this.checking = true;
    const controller = new AbortController();
    this.abort = controller;
    this.timer = setTimeout(() => void this.check(controller.signal), this.debounce);
  }

  private async check(signal: AbortSignal): Promise<void> {
    try {
      const [result] = await Promise.all([
        evaluatePasswordPolicy(this.policy ?? {}, this.value, {
          fetch: this.hibpFetch,
          hibpRangeUrl: this.hibpRangeUrl,
          userInputs: this.userInputs,
          signal,
        }),
        // The advice in the user's language, with the first verdict (zxcvbn-ts's pack, if any).
        this.policy && this.resolvedPolicy.check_zxcvbn ? loadFeedback(getLocale()) : undefined,
      ]);
      if (signal.aborted) return;
      this.hibp = result.rules.find((r) => r.id === 'hibp');
      this.zxcvbn = result.rules.find((r) => r.id === 'zxcvbn');
      this.checking = false;
      // The checklist's news that has not been said yet goes first, in the same announcement.
      clearTimeout(this.announceTimer);
      this.announce([...this.staticNews(), ...this.asyncNews()]);
    } catch {
      // Aborted by a newer keystroke: that check will report.
    }
  }

  /** Changed checklist lines, "passwords match", as sentences. */
  private staticNews(): [string, string][] {
    if (!this.value) return []; // clearing the field is not news; reset silently
    const charset = this.resolvedPolicy.symbol_charset;
    const news: [string, string][] = this.static_.map((r) => {
      const text = cachedRuleText(r.id as StaticRuleId, r.required, charset);
      return [r.id, ruleState(text, r.met === true)];
    });
    return news;
  }

  private asyncNews(): [string, string][] {
    const news: [string, string][] = [];
    const hibp = this.breachText();
    if (hibp) news.push(['hibp', hibp]);
    const score = this.zxcvbn?.actual;
    if (score !== undefined) news.push(['zxcvbn', msg(str`Strength: ${strengthText(score)}`)]);
    return news;
  }

  /**
   * A keystroke changed the checklist: its flips are announced once the user pauses (`debounce`),
   * as one sentence, the way GOV.UK's character count waits before it speaks. A screen reader
   * echoing each typed character is not talked over, a rule met and lost again before the pause is
   * not news, and the keystroke itself only restyles the checklist.
   */
  private noteStatic(): void {
    clearTimeout(this.announceTimer);
    // Cleared: the next first state is not news either.
    if (!this.value) return this.said.clear();
    // The first state of a rule is not news (the field's description reads it): only later flips.
    if (this.static_.some((r) => !this.said.has(r.id))) {
      for (const [key, text] of this.staticNews())
        if (!this.said.has(key)) this.said.set(key, text);
    }
    this.announceTimer = setTimeout(() => this.announce(this.staticNews()), this.debounce);
  }

  /** Puts only what changed since the last announcement into the live region. */
  private announce(news: [string, string][]): void {
    const fresh = news.filter(([key, text]) => this.said.get(key) !== text);
    for (const [key, text] of fresh) this.said.set(key, text);
    if (fresh.length) this.announcement = fresh.map(([, text]) => text);
  }

  /** Focuses the password input (the element is not focusable itself). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  private breachText(): string {
    const r = this.hibp;
    if (!r || r.met === 'unknown') {
      const reason = (r?.detail as { reason?: string } | undefined)?.reason;
      return reason === 'unreachable' ? msg('Could not check known breaches') : '';
    }
    const n = r.actual ?? 0;
    if (n === 0) return msg('Not found in known breaches');
    return plural(n, {
      zero: (c) => msg(str`Found in ${c} breaches`, { id: 'breaches.zero' }),
      one: (c) => msg(str`Found in ${c} breach`, { id: 'breaches.one' }),
      two: (c) => msg(str`Found in ${c} breaches`, { id: 'breaches.two' }),
      few: (c) => msg(str`Found in ${c} breaches`, { id: 'breaches.few' }),
      many: (c) => msg(str`Found in ${c} breaches`, { id: 'breaches.many' }),
      other: (c) => msg(str`Found in ${c} breaches`, { id: 'breaches.other' }),
    });
  }

  /**
   * In shadow DOM the form cannot see the inner input's constraints (required): the element states
   * them, so an empty required password stops the submit as any field does. At once on input (a
   * submit may follow in the same task) and after each render (a value set from outside).
   */
  private syncValidity(): void {
    const input = this.renderRoot.querySelector('input');
    if (this.renderRoot === this || !input) return;
    if (input.validity.valid) this.internals.setValidity({});
    else this.internals.setValidity(input.validity, input.validationMessage, input);
  }

  private onInput(e: Event): void {
    e.stopPropagation(); // re-dispatched from the host, after .value is current
    this.value = (e.target as HTMLInputElement).value;
    this.syncValidity();
    if (!this.rehearsing) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onChange(e: Event): void {
    e.stopPropagation(); // native change is not composed: re-dispatch one that crosses shadow roots
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private renderRules(charset: string): TemplateResult | typeof nothing {
    if (!this.static_.length) return nothing;
    // Unnamed, so that the field's description reads every rule and its state, not a list name.
    return html`<span class="sr-only" id="${this.uid}-req">${msg('Password requirements')}</span>
      <ul class="rules" id="${this.uid}-rules" part="rules">
        ${this.static_.map((r) => {
          const met = r.met === true;
          const text = cachedRuleText(r.id as StaticRuleId, r.required, charset);
          return html`<li
            class=${met ? 'met' : 'unmet'}
            part="rule ${met ? 'rule-met' : 'rule-unmet'}"
            data-rule=${r.id}
          >
            <span class="mark" aria-hidden="true"
              ><span class="on">✓</span><span class="off">○</span></span
            >
            <span aria-hidden="true">${text}</span>
            <span class="sr-only"
              ><span class="on">${ruleState(text, true)}</span
              ><span class="off">${ruleState(text, false)}</span></span
            >
          </li>`;
        })}
      </ul>`;
  }

  /**
   * The strength line once there is something to say: a verdict (kept, dimmed, while the next one
   * is checked) or that none is available. Before the first verdict, nothing: the meter is off the
   * keystroke path, drawn by the debounced check.
   */
  private showsStrength(): boolean {
    return !!this.value && !!this.resolvedPolicy.check_zxcvbn && (!!this.zxcvbn || !this.checking);
  }

  private renderStrength(): TemplateResult | typeof nothing {
    if (!this.showsStrength()) return nothing;
    const r = this.zxcvbn;
    const score = r?.actual;
    const detail = r?.detail as ZxcvbnDetail | undefined;
    // While a check runs, the previous verdict stays (busy, dimmed, not announced).
    const label =
      score === undefined
        ? msg('Strength: not available')
        : msg(str`Strength: ${strengthText(score)}`);
    const tips = feedbackTexts(getLocale(), detail?.warningKey, detail?.suggestionKeys ?? []);
    return html`<div
      class="strength"
      id="${this.uid}-strength"
      part="strength"
      aria-busy=${this.checking ? 'true' : 'false'}
    >
      <meter
        min="0"
        max="4"
        low="2"
        high="3"
        optimum="4"
        .value=${score ?? 0}
        aria-label=${msg('Password strength')}
        aria-valuetext=${ifDefined(label || undefined)}
      ></meter>
      <p
        class="status ${r?.met === false ? 'bad' : r?.met === true ? 'met' : 'unmet'}"
        id="${this.uid}-strength-label"
      >
        ${label}
      </p>
      ${
        tips.length
          ? html`<ul class="feedback">
              ${tips.map((t) => html`<li>${t}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderBreach(): TemplateResult | typeof nothing {
    if (!this.value) return nothing;
    const r = this.hibp;
    // While a check runs, the previous verdict stays (busy, dimmed, not announced); none yet:
    // nothing (the line is drawn by the debounced check, off the keystroke path).
    const text = this.breachText();
    if (!text) return nothing;
    const cls = r?.met === false ? 'bad' : r?.met === true ? 'met' : 'unknown';
    return html`<p
      class="status ${cls}"
      id="${this.uid}-breach"
      part="breach"
      aria-busy=${this.checking ? 'true' : 'false'}
    >
      ${text}
    </p>`;
  }

  /**
   * In shadow DOM the inner input has no form owner, so Enter would do nothing: submit this
   * control's form, as an input inside it would (implicit submission).
   */
  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.isComposing || this.renderRoot === this) return;
    e.preventDefault();
    this.internals.form?.requestSubmit();
  };

  override render() {
    const { policy: p, rules } = this.resolve();
    const inputId = `${this.uid}-input`;
    const errorsId = `${this.uid}-errors`;
    const showMatch = !!this.repeatValue && !!this.value;
    const describedBy = [
      this.help ? `${this.uid}-help` : '',
      this.static_.length ? `${this.uid}-req ${this.uid}-rules` : '',
      this.showsStrength() ? `${this.uid}-strength-label` : '',
      p.check_have_i_been_pwned && this.value && this.breachText() ? `${this.uid}-breach` : '',
      showMatch ? `${this.uid}-match` : '',
      this.errors.length || this.errorsElsewhere.length ? errorsId : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      ${label(inputId, this.label || msg('Password'), this.required)}
      <div class="row">
        <input
          class="input"
          part="input"
          id=${inputId}
          type=${this.shown ? 'text' : 'password'}
          name=${this.name}
          autocomplete=${this.autocomplete}
          passwordrules=${ifDefined(rules || undefined)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          ?required=${this.required}
          aria-invalid=${this.errors.length || this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          spellcheck="false"
          autocapitalize="off"
          .value=${live(this.value)}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
        />
        ${passwordToggle(inputId, this.shown, () => (this.shown = !this.shown))}
      </div>
      ${
        this.help
          ? html`<div class="help" id="${this.uid}-help" part="help">${safeHtml(this.help)}</div>`
          : nothing
      }
      ${this.renderRules(p.symbol_charset)} ${p.check_zxcvbn ? this.renderStrength() : nothing}
      ${p.check_have_i_been_pwned ? this.renderBreach() : nothing}
      ${showMatch ? matchHint(`${this.uid}-match`, this.value, this.repeatValue!) : nothing}
      ${
        this.errors.length
          ? html`<div id=${errorsId}>
              ${this.errors.map((e) => html`<p class="field-error" part="field-error">${e}</p>`)}
            </div>`
          : this.errorsElsewhere.length
            ? html`<div id=${errorsId} class="sr-only">
                ${this.errorsElsewhere.map((e) => html`<p>${e}</p>`)}
              </div>`
            : nothing
      }
      <div class="sr-only" aria-live="polite" aria-atomic="true" data-live>
        ${this.announcement.map((text) => html`<p>${text}</p>`)}
      </div>
    </div>`;
  }
}

define('ak-password-policy-input', AkPasswordPolicyInput);

declare global {
  interface HTMLElementTagNameMap {
    'ak-password-policy-input': AkPasswordPolicyInput;
  }
}
