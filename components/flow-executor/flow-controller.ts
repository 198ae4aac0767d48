import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Challenge,
  ChallengeResponse,
  ContextualFlowInfo,
  FlowInstance,
} from '../../src/challenges.js';
import { FlowClient } from '../../src/api/client.js';
import type { FlowClientOptions } from '../../src/api/client.js';
import { FlowError, isAbortError } from '../../src/api/errors.js';
import { isValidSlug, safeNavigationUrl } from '../../src/url.js';
import { flowEvent } from './events.js';
import type { FlowEventMap } from './events.js';
import { navigator_ } from './navigation.js';

export type FlowRequest =
  | {
      kind: 'load';
      cancelUrl?: string;
      /** The stage on screen stays, with what was typed, if the same stage comes back. */
      keep?: boolean;
    }
  | { kind: 'submit'; response: ChallengeResponse; wait?: number }
  /** A challenge a stage handed over (StageShowEvent): shown without the server. */
  | { kind: 'show'; challenge: Challenge };

/** A 2xx whose body was wrong: the server (or a proxy in front of it) answered the request. */
function accepted(err: unknown): boolean {
  return err instanceof FlowError && (err.status ?? 0) >= 200 && (err.status ?? 0) < 300;
}

/**
 * Errors that are not the user's to correct: authentik answers a device choice with "Empty
 * response" and a re-sent email with an `email-sent` "error" (both re-render the same stage).
 */
function notMistakes(challenge: Challenge, request: FlowRequest | undefined): boolean {
  const errors = challenge.response_errors ?? {};
  if (Object.keys(errors).some((key) => key !== 'non_field_errors')) return false;
  if (challenge.component === 'ak-stage-email') {
    return (errors.non_field_errors ?? []).every((e) => e.code === 'email-sent');
  }
  return (
    challenge.component === 'ak-stage-authenticator-validate' &&
    request?.kind === 'submit' &&
    'selected_challenge' in request.response
  );
}

/** Whether two challenges are the same step: equal but for flow_info and response_errors. */
function sameChallenge(a: Challenge, b: Challenge): boolean {
  const bare = ({ flow_info: _, response_errors: __, ...rest }: Challenge) => JSON.stringify(rest);
  return bare(a) === bare(b);
}

/** The stage table, handed in by the executor (the controller knows no stage). */
export interface StageLookup {
  has(component: string): boolean;
  load(component: string): Promise<boolean>;
}

/** What the controller needs of the rendered stage: to wait for it and to focus it. */
export interface RenderedStage extends Element {
  updateComplete: Promise<boolean>;
  focusFirst(): void;
}

export interface FlowControllerOptions {
  /** Where and which flow, read at every request. */
  client(): FlowClientOptions;
  stages: StageLookup;
  /** The stage element on screen now, once rendered. */
  stage(): RenderedStage | null;
  /** Focus the first stage too (later stages always get focus). */
  autofocus(): boolean;
  /**
   * Awaited together with the first challenge, so the first stage paints with it (the executor's
   * password policy, read in the same round).
   */
  firstRound?(): Promise<unknown>;
  /** A challenge was accepted, before it renders. */
  onChallenge?(challenge: Challenge): void;
  /** Hand `ak-flow-before-submit` listeners the secret fields too. */
  exposeSecrets?(): boolean;
}

/**
 * Answer fields a host page sees only with `expose-secrets`: passwords (`password`,
 * `password_repeat`, any `*pass*`), one-time and device codes (`code`), tokens (captcha `token`),
 * WebAuthn assertions, anything named secret, credential or key; and every prompt field of type
 * `password`, whatever its key.
 */
export const SECRET_FIELD = /pass|secret|token|code|otp|webauthn|credential|key/i;

/**
 * The executor's state, as a Lit reactive controller. One @lit/task runs every request, so a newer
 * request aborts the older one and a stale answer is never applied. It owns the challenge on
 * screen, the failure of the last request, whether the answer in flight is a background poll, and
 * the stage key (bumped for a new stage; kept when the same stage comes back with errors or from a
 * poll, so its element and what was typed stay). It sends every `ak-flow-*` event itself, once
 * the stage it concerns has rendered.
 */
export class FlowController implements ReactiveController {
  /** The challenge on screen. Kept when a request fails, so the stage and its input stay. */
  challenge?: Challenge;
  /** The last flow_info seen: redirect and error challenges may carry none. */
  flowInfo?: ContextualFlowInfo;
  instance: FlowInstance | null = null;
  /** The failure of the last request, shown with a retry. */
  error?: FlowError;
  /** Identifies the stage element: a new key renders a new element. */
  stageKey = 0;
  /** The answer in flight is a stage polling in the background: no progress is shown. */
  background = false;
  /**
   * An answer came back as the flow's first stage again: the server lost the session (a restart,
   * an expired cookie) and the flow started over. The user is told; the identifier is kept.
   */
  startedOver = false;
  /** The challenge on screen came back with errors the user has to correct (announced so). */
  errorsToCorrect = false;

  // `#private` rather than TypeScript's `private`: the minifier shortens `#` names only.
  #lastRequest?: FlowRequest;
  /** The request whose answer is awaited (the task aborts older ones). */
  #current?: FlowRequest;
  /** The component the flow began with, to recognise a flow that started over. */
  #firstComponent?: string;
  /** What the user gave as their identifier, to fill in again after a lost session. Memory only. */
  #identifier?: string;
  #instanceLoaded = false;
  readonly #task: Task<[FlowRequest], Challenge>;
  /** The challenge whose events were sent (or that needs none: a poll answered alike). */
  #announced?: Challenge;
  #stagesShown = 0;
  /** Answers that brought the flow back to its first stage (the session was lost). */
  #restarts = 0;

  constructor(
    /** Its host (read by the lazily loaded diagnosis too). */
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: FlowControllerOptions,
  ) {
    host.addController(this);
    this.#task = new Task(host, {
      autoRun: false,
      task: ([request], { signal }) => this.#perform(request, signal),
      onComplete: (challenge) => this.#accept(challenge),
      onError: (error) => this.#fail(error),
    });
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  get submitting(): boolean {
    return this.pending && this.#lastRequest?.kind === 'submit';
  }

  /** Whether the widget has a stage for the challenge's component. */
  hasStage(challenge: Challenge): boolean {
    return this.options.stages.has(challenge.component);
  }

  #client(): FlowClient {
    const options = this.options.client();
    if (!isValidSlug(options.slug)) {
      throw new FlowError('invalid-slug', `Invalid flow slug: ${options.slug}`, {
        detail: options.slug,
      });
    }
    return new FlowClient(options);
  }

  /** Starts (or resumes) the flow; `fresh` also re-reads the flow instance (new slug or server). */
  load(fresh = false): Promise<void> {
    if (fresh) {
      this.#instanceLoaded = false;
      this.instance = null;
      this.challenge = undefined;
      this.flowInfo = undefined;
      this.#restarts = 0;
      this.stageKey++;
    }
    return this.#run({ kind: 'load' });
  }

  /** Drops the plan through the flow's cancel URL, then starts again. */
  restart(): Promise<void> {
    return this.#run({ kind: 'load', cancelUrl: this.flowInfo?.cancel_url ?? '/flows/-/cancel/' });
  }

  /**
   * Fires the cancelable `ak-flow-before-submit` for an answer and resolves with what to send
   * (the answer plus what handlers added), or null when a handler cancelled it, a promise given to
   * `waitUntil` rejected, or another challenge arrived meanwhile.
   */
  beforeSubmit(
    response: ChallengeResponse,
  ): ChallengeResponse | null | Promise<ChallengeResponse | null> {
    const challenge = this.challenge;
    const fields = (challenge as { fields?: { field_key: string; type: string }[] } | undefined)
      ?.fields;
    const shown: Record<string, unknown> = { ...response };
    const withheld: Record<string, unknown> = {};
    if (!this.options.exposeSecrets?.()) {
      for (const key in shown) {
        if (
          SECRET_FIELD.test(key) ||
          fields?.some((f) => f.field_key === key && f.type === 'password')
        ) {
          withheld[key] = shown[key];
          delete shown[key];
        }
      }
    }
    const held: Promise<unknown>[] = [];
    const go = this.emit(
      'ak-flow-before-submit',
      {
        component: response.component,
        response: shown,
        withheld: Object.keys(withheld),
        waitUntil: (promise) => void held.push(promise),
      },
      true,
    );
    const result = () =>
      go && this.challenge === challenge
        ? ({ ...shown, ...withheld, component: response.component } as ChallengeResponse)
        : null;
    // Nothing held: the answer leaves at once, as without a listener.
    return held.length ? Promise.all(held).then(result, () => null) : result();
  }

  /**
   * Sends a stage's answer; false (and nothing sent) while another answer is in flight. A
   * background answer (a poll) shows no progress and tells the host page nothing.
   */
  submit(response: ChallengeResponse, background = false, wait?: number): boolean {
    if (this.submitting) return false;
    this.background = background;
    if (
      response.component === 'ak-stage-identification' &&
      typeof response.uid_field === 'string'
    ) {
      this.#identifier = response.uid_field;
    }
    void this.#run({ kind: 'submit', response, wait });
    if (!background) this.emit('ak-flow-submit', { component: response.component });
    return true;
  }

  /**
   * The widget's language is now `locale`: tells the host page and, when a stage is on screen,
   * re-reads its challenge in the background (the server translates its own strings by
   * `Accept-Language`) while keeping the stage element and what was typed. Skipped while a request
   * is in flight: its answer comes anyway.
   */
  localeChanged(locale: string, previous: string | undefined): void {
    this.emit('ak-flow-locale', { locale, previous });
    if (previous === undefined || !this.challenge || this.pending) return;
    this.background = true;
    void this.#run({ kind: 'load' });
  }

  /** Shows a challenge a stage handed over (checked as one from the server), with no request. */
  show(challenge: Challenge): void {
    void this.#run({ kind: 'show', challenge });
  }

  retry(): Promise<void> {
    return this.#run(this.#lastRequest ?? { kind: 'load' });
  }

  /**
   * Leaves the page for a checked URL after the cancelable `ak-flow-redirect`; false when the
   * host page cancelled it to route itself.
   */
  navigate(to: string): boolean {
    if (!this.emit('ak-flow-redirect', { to }, true)) return false;
    navigator_.assign(to);
    return true;
  }

  /** The stage on screen threw while rendering: the host page hears it as a `render` error. */
  stageCrashed(error: unknown): void {
    if (error instanceof FlowError) {
      this.emit('ak-flow-error', { error }); // the stage said what went wrong itself
      return;
    }
    const component = this.challenge?.component ?? '';
    const message = `The stage for ${component} failed to render: ${String(error)}`;
    this.emit('ak-flow-error', { error: new FlowError('render', message, { detail: component }) });
  }

  #run(request: FlowRequest): Promise<void> {
    this.#lastRequest = request;
    this.error = undefined;
    return this.#task.run([request]);
  }

  /**
   * The server has the answer: a retry from here re-reads the flow instead of sending it again,
   * and the answer (perhaps a password) is no longer held.
   */
  #forget(request: FlowRequest, keep = false): void {
    if (this.#lastRequest === request) this.#lastRequest = { kind: 'load', keep };
  }

  async #perform(request: FlowRequest, signal: AbortSignal): Promise<Challenge> {
    this.#current = request;
    const client = this.#client();
    let challenge: Challenge;
    if (request.kind === 'show') {
      challenge = request.challenge;
      const problem = (await import('../../src/api/validate.js')).challengeProblem(challenge);
      if (problem) throw new FlowError('invalid-challenge', problem, { detail: problem });
    } else if (request.kind === 'submit') {
      try {
        challenge = await client.submit(request.response, signal, request.wait);
      } catch (err) {
        // A 2xx whose body is not a readable challenge: the server may have taken the answer (or
        // a proxy answered for it). The retry asks where the flow stands instead of sending the
        // answer again; if the same stage is still there, it stays as typed for the user to send.
        if (accepted(err)) this.#forget(request, true);
        throw err;
      }
      this.#forget(request);
    } else {
      if (request.cancelUrl) await client.cancel(request.cancelUrl, signal);
      // One round of parallel requests: the challenge and, the first time, the flow instance and
      // whatever else the first stage needs.
      const first = !this.#instanceLoaded;
      const instance = first ? client.getFlowInstance(signal) : this.instance;
      const extra = first ? this.options.firstRound?.().catch(() => undefined) : undefined;
      [challenge, this.instance] = await Promise.all([
        client.getChallenge(signal),
        instance,
        extra,
      ]);
      this.#instanceLoaded = true;
    }
    // A lazy stage is loaded before the challenge counts as arrived, so it paints in one go.
    try {
      await this.options.stages.load(challenge.component);
    } catch {
      throw new FlowError('network', `Could not load the stage for ${challenge.component}.`);
    }
    return challenge;
  }

  #accept(challenge: Challenge): void {
    const previous = this.challenge;
    const errors = Object.keys(challenge.response_errors ?? {}).length > 0;
    const request = this.#current;
    const answered = request?.kind === 'submit';
    // The flow begins: its first load, or a restart through the cancel URL.
    if (request?.kind === 'load' && (!previous || request.cancelUrl)) {
      this.#firstComponent = challenge.component;
    }
    const first = challenge.component === this.#firstComponent;
    const restarted = answered && !!previous && first && previous.component !== challenge.component;
    // authentik hands the answer to the new plan's first stage, so it comes back with that
    // stage's errors about an answer meant for another ("No identification data provided."):
    // not the user's mistake, so not shown.
    this.startedOver = restarted;
    if (restarted && errors) challenge = { ...challenge, response_errors: {} };
    this.errorsToCorrect = errors && !restarted && !notMistakes(challenge, request);
    // The server lost the session (so also when the first stage's own answer is accepted and the
    // first stage comes back: a flow planned afresh; never a poll). Once may be its expiry; the
    // lazily loaded diagnosis decides whether the cookie does not stick.
    if (restarted || (answered && first && !errors && !this.background)) {
      void import('./diagnose.js').then((d) => d.diagnoseRestart(this, ++this.#restarts));
    }
    if (
      this.startedOver &&
      challenge.component === 'ak-stage-identification' &&
      this.#identifier &&
      !challenge.pending_user_identifier
    ) {
      challenge = { ...challenge, pending_user_identifier: this.#identifier };
    }
    const sameStage =
      previous?.component === challenge.component && this.options.stages.has(challenge.component);
    // After an unreadable 2xx, only the very same challenge keeps what was typed: the next stage
    // of the same kind (a second prompt with a password field) must not get the first's answer.
    const unmoved =
      request?.kind === 'load' &&
      !!request.keep &&
      !!previous &&
      sameChallenge(previous, challenge);
    const keep = sameStage && (this.background || errors || unmoved);
    if (!keep) this.stageKey++;
    // A poll answered with the same stage: nothing new for the user or the host page.
    if (keep && this.background) this.#announced = challenge;
    this.background = false;
    this.challenge = challenge;
    if (challenge.flow_info) this.flowInfo = challenge.flow_info;
    this.options.onChallenge?.(challenge);
  }

  #fail(error: unknown): void {
    if (isAbortError(error)) return;
    this.background = false;
    const failure = (this.error =
      error instanceof FlowError
        ? error
        : new FlowError('network', String((error as Error)?.message ?? error)));
    // No answer at all: CORS? The lazily loaded diagnosis tells the host page which.
    if (failure.kind === 'network') {
      import('./diagnose.js').then(
        (d) => d.diagnoseNetwork(this, failure),
        () => this.emit('ak-flow-error', { error: failure }),
      );
    } else this.emit('ak-flow-error', { error: failure });
  }

  /** After each render: a new challenge's stage is on screen; focus it and tell the host page. */
  hostUpdated(): void {
    const challenge = this.challenge;
    const stage = this.options.stage();
    if (!challenge || !stage || this.#announced === challenge || this.submitting) return;
    this.#announced = challenge;
    const focus = ++this.#stagesShown > 1 || this.options.autofocus();
    void stage.updateComplete.then(() => {
      if (focus && this.options.stage() === stage) stage.focusFirst();
      this.emit('ak-flow-challenge', { challenge });
      if (challenge.component === 'ak-stage-flow-error') {
        this.emit('ak-flow-error', { error: challenge });
      }
      if (!this.hasStage(challenge)) {
        const error = new FlowError('unknown-component', `No stage for ${challenge.component}`, {
          detail: challenge.component,
        });
        this.emit('ak-flow-error', { error });
      }
      // authentik marks the redirect out of a finished flow (`final_redirect`; older releases
      // send none, and every redirect was one); a hop to another flow or an IdP is not the end.
      if (challenge.component === 'xak-flow-redirect' && challenge.final_redirect !== false) {
        const to = safeNavigationUrl(challenge.to, this.options.client().baseUrl + '/');
        if (to) this.emit('ak-flow-done', { to });
      }
    });
  }

  /** Fires an `ak-flow-*` event on the host (for the controller and its lazy diagnosis). */
  emit<K extends keyof FlowEventMap>(
    type: K,
    detail: FlowEventMap[K]['detail'],
    cancelable = false,
  ): boolean {
    return this.host.dispatchEvent(flowEvent(type, detail, cancelable));
  }
}
