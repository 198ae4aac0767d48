// Runs a captcha provider for a stage: loads its script from the challenge's `js_url` (once per
// page), recognises the provider by the global its script defines (reCAPTCHA, hCaptcha, Turnstile,
// in authentik's order), renders it visibly (`interactive`) or invisibly, and hands each token to
// `onToken`. Providers draw into a container in the document (light DOM): in shadow DOM the stage
// slots it in, since their scripts look elements up in the document.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { PSEUDO_LOCALE, getLocale } from '../../locales/locale.js';
import { ScriptError, loadScript } from '../kit/script.js';
import type { CaptchaChallenge, ProviderApi } from './types.js';

export type CaptchaState = 'idle' | 'loading' | 'ready' | 'token' | 'error';

type ProviderName = 'grecaptcha' | 'hcaptcha' | 'turnstile';
const PROVIDERS: ProviderName[] = ['grecaptcha', 'hcaptcha', 'turnstile'];

let containers = 0;

/**
 * The widget's language as the providers name it (`hl` for reCAPTCHA and hCaptcha, `language` for
 * Turnstile): they know Chinese by region, and nothing of the pseudo-locale.
 */
function providerLanguage(): string {
  const locale = getLocale();
  if (locale === PSEUDO_LOCALE) return 'en';
  return locale === 'zh-Hans' ? 'zh-CN' : locale === 'zh-Hant' ? 'zh-TW' : locale;
}

/** How long a provider's script may take to load (tests shorten it). */
export const CAPTCHA_TIMING = { loadTimeoutMs: 15000 };

export interface CaptchaHost extends ReactiveControllerHost, HTMLElement {
  config: { baseUrl: string };
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CaptchaController implements ReactiveController {
  state: CaptchaState = 'idle';
  /**
   * What went wrong, for the user (set with state `error`, or when a token expired): asked again
   * at each render, so it follows a switch of language made while it is on screen.
   */
  private say: () => string = () => '';
  get message(): string {
    return this.say();
  }
  /** Shows `say()` as the captcha's message (the stage's own "complete it first"). */
  tell(say: () => string): void {
    this.say = say;
    this.host.requestUpdate();
  }
  token = '';
  /** The container the provider renders into; it lives in light DOM (see the header). */
  readonly container: HTMLDivElement = document.createElement('div');
  private provider?: { name: ProviderName; api: ProviderApi; id?: string | number };
  private challenge?: CaptchaChallenge;
  private run = 0;

  constructor(
    private readonly host: CaptchaHost,
    private readonly onToken: (token: string) => void,
  ) {
    host.addController(this);
    this.container.className = 'ak-captcha';
    this.container.id = `ak-captcha-${++containers}`;
    this.container.setAttribute('part', 'captcha');
  }

  get interactive(): boolean {
    return !!this.challenge?.interactive;
  }

  hostConnected(): void {
    if (this.challenge) this.place(this.challenge);
  }

  /**
   * Invisible providers get a container in the document itself, as on authentik's page (some
   * look their widget up from the document). Visible ones render where the stage is: in shadow
   * DOM as a light-DOM child of the stage shown through <slot name="captcha">, in compatibility
   * mode in the stage's own markup.
   */
  private place(challenge: CaptchaChallenge): void {
    if (!challenge.interactive) document.body.append(this.container);
    else if (this.host.renderRoot !== this.host) {
      this.container.slot = 'captcha';
      if (this.container.parentNode !== this.host) this.host.append(this.container);
    } else this.container.removeAttribute('slot');
  }

  hostDisconnected(): void {
    this.run++;
    if (this.container.parentNode === document.body) this.container.remove();
  }

  private set(state: CaptchaState, say: () => string = () => ''): void {
    this.state = state;
    this.say = say;
    this.host.requestUpdate();
  }

  /** Starts (or, for a new challenge, restarts) the provider. */
  async start(challenge: CaptchaChallenge): Promise<void> {
    this.challenge = challenge;
    const run = ++this.run;
    this.place(challenge);
    this.drop();
    this.set('loading');
    try {
      await loadScript(challenge.js_url, this.host.config.baseUrl, {
        timeout: CAPTCHA_TIMING.loadTimeoutMs,
      });
    } catch (e) {
      if (run !== this.run) return;
      const reason = e instanceof ScriptError ? e.reason : 'load-error';
      this.set('error', () =>
        reason === 'unsafe-url'
          ? msg('The captcha cannot be loaded from the address this flow gave.')
          : reason === 'timeout'
            ? msg('The captcha took too long to load. Check your connection and try again.')
            : msg('The captcha could not be loaded. Check your connection and try again.'),
      );
      return;
    }
    if (run !== this.run) return;
    const globals = window as unknown as Record<string, ProviderApi | undefined>;
    // reCAPTCHA Enterprise (its script is `…/enterprise.js`) has the same calls under
    // `grecaptcha.enterprise`, and refuses its site keys through the classic ones (as authentik's page).
    const enterprise = /\/enterprise\.js$/.test(
      new URL(challenge.js_url, this.host.config.baseUrl).pathname,
    );
    const found = PROVIDERS.map((name) => ({
      name,
      api:
        name === 'grecaptcha' && enterprise
          ? (globals.grecaptcha?.enterprise ?? globals.grecaptcha)
          : globals[name],
    })).find((p) => p.api && typeof p.api.render === 'function');
    if (!found?.api) {
      this.set('error', () => msg('The captcha provider is not supported.'));
      return;
    }
    this.provider = { name: found.name, api: found.api };
    this.render(run);
  }

  private render(run: number): void {
    const c = this.challenge!;
    const p = this.provider!;
    const language = providerLanguage();
    const options = {
      sitekey: c.site_key,
      ...(p.name === 'turnstile' ? { language } : { hl: language }),
      callback: (token: string) => {
        if (run !== this.run) return;
        this.token = token;
        this.set('token');
        this.onToken(token);
      },
      'expired-callback': () => {
        if (run !== this.run) return;
        this.drop();
        this.set('ready', () => msg('The captcha expired. Please complete it again.'));
        if (!c.interactive) this.reset();
      },
      'error-callback': () => {
        if (run !== this.run) return;
        this.set('error', () => msg('The captcha could not be completed. Please try again.'));
      },
      'timeout-callback': () => {
        if (run !== this.run) return;
        this.set('ready', () => msg('The captcha timed out. Please complete it again.'));
      },
      ...(c.interactive
        ? {}
        : p.name === 'turnstile'
          ? { appearance: 'interaction-only' }
          : { size: 'invisible' }),
    };
    const draw = () => {
      try {
        this.container.replaceChildren();
        p.id = p.api.render(this.container, options) ?? undefined;
        this.set(this.token ? 'token' : 'ready', this.say);
        if (!c.interactive && p.name !== 'turnstile') p.api.execute?.(p.id);
      } catch {
        this.set('error', () => msg('The captcha could not be started. Please try again.'));
      }
    };
    if (p.name === 'grecaptcha' && p.api.ready) p.api.ready(draw);
    else draw();
  }

  /** The token is gone (expired, reset, a new start): `onToken('')` so nobody sends it. */
  private drop(): void {
    if (!this.token) return;
    this.token = '';
    this.onToken('');
  }

  /** A new token: after a rejected or expired one, or the user's retry. */
  reset(): void {
    const p = this.provider;
    if (!p || !this.challenge || this.state === 'error') {
      if (this.challenge) void this.start(this.challenge);
      return;
    }
    this.drop();
    try {
      p.api.reset(p.id);
      if (!this.challenge.interactive && p.name !== 'turnstile') p.api.execute?.(p.id);
      this.set('ready', this.say);
    } catch {
      void this.start(this.challenge);
    }
  }
}
