import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type {
  Challenge,
  ChallengeResponse,
  ContextualFlowInfo,
  FlowInstance,
} from '../../src/challenges.js';
import { FlowClient } from '../../src/api/client.js';
import type { FlowClientOptions } from '../../src/api/client.js';
import { FlowError, isAbortError } from '../../src/api/errors.js';
import { isValidSlug } from '../../src/url.js';
import type { PasswordPolicy } from '../../src/policy/types.js';
import { ensureStage } from '../stages/registry.js';

export type FlowRequest =
  { kind: 'load'; cancelUrl?: string } | { kind: 'submit'; response: ChallengeResponse };

export interface FlowControllerCallbacks {
  onChallenge(challenge: Challenge): void;
  onError(error: FlowError): void;
}

/**
 * The executor's state. One @lit/task runs every request, so a newer request aborts the older
 * one and a stale answer is never applied; what the UI shows is derived from the fields below.
 */
export class FlowController {
  /** The challenge on screen. Kept when a request fails, so the stage and its input stay. */
  challenge?: Challenge;
  /** The last flow_info seen: redirect and error challenges may carry none. */
  flowInfo?: ContextualFlowInfo;
  instance: FlowInstance | null = null;
  /** The password policy named by the page, or null when there is none or it could not be read. */
  policy: PasswordPolicy | null = null;
  /** The failure of the last request, shown with a retry. */
  error?: FlowError;
  private lastRequest?: FlowRequest;
  private instanceLoaded = false;
  private readonly task: Task<[FlowRequest], Challenge>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: () => FlowClientOptions & { passwordPolicyId?: string },
    private readonly callbacks: FlowControllerCallbacks,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([request], { signal }) => this.perform(request, signal),
      onComplete: (challenge) => this.accept(challenge),
      onError: (error) => this.fail(error),
    });
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  get submitting(): boolean {
    return this.pending && this.lastRequest?.kind === 'submit';
  }

  client(): FlowClient {
    const options = this.options();
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
      this.instanceLoaded = false;
      this.instance = null;
      this.policy = null;
      this.challenge = undefined;
      this.flowInfo = undefined;
    }
    return this.run({ kind: 'load' });
  }

  /** Drops the plan through the flow's cancel URL, then starts again. */
  restart(): Promise<void> {
    return this.run({ kind: 'load', cancelUrl: this.flowInfo?.cancel_url ?? '/flows/-/cancel/' });
  }

  /** Sends a stage's answer; false (and nothing sent) while another answer is in flight. */
  submit(response: ChallengeResponse): boolean {
    if (this.submitting) return false;
    void this.run({ kind: 'submit', response });
    return true;
  }

  retry(): Promise<void> {
    return this.run(this.lastRequest ?? { kind: 'load' });
  }

  private run(request: FlowRequest): Promise<void> {
    this.lastRequest = request;
    this.error = undefined;
    return this.task.run([request]);
  }

  private async perform(request: FlowRequest, signal: AbortSignal): Promise<Challenge> {
    const client = this.client();
    let challenge: Challenge;
    if (request.kind === 'submit') {
      challenge = await client.submit(request.response, signal);
      // The server has the answer: a retry from here re-reads the flow instead of sending it
      // again, and the answer (perhaps a password) is no longer held.
      if (this.lastRequest === request) this.lastRequest = { kind: 'load' };
    } else {
      if (request.cancelUrl) await client.cancel(request.cancelUrl, signal);
      // One round of parallel requests: the challenge, the flow instance and the policy.
      const first = !this.instanceLoaded;
      const instance = first ? client.getFlowInstance(signal) : this.instance;
      const policy = first ? this.fetchPolicy(client, signal) : this.policy;
      [challenge, this.instance, this.policy] = await Promise.all([
        client.getChallenge(signal),
        instance,
        policy,
      ]);
      this.instanceLoaded = true;
    }
    // A lazy stage is loaded before the challenge counts as arrived, so it paints in one go.
    try {
      await ensureStage(challenge.component);
    } catch {
      throw new FlowError('network', `Could not load the stage for ${challenge.component}.`);
    }
    return challenge;
  }

  /** Another policy for the running flow: only the policy is read again, the stage stays. */
  async reloadPolicy(): Promise<void> {
    this.policy = await this.fetchPolicy(this.client(), new AbortController().signal).catch(
      () => null,
    );
    this.host.requestUpdate();
  }

  /** A policy that cannot be read only turns the live checks off; the server still judges. */
  private async fetchPolicy(
    client: FlowClient,
    signal: AbortSignal,
  ): Promise<PasswordPolicy | null> {
    const id = this.options().passwordPolicyId;
    if (!id) return null;
    try {
      return (await client.getPasswordPolicy(id, signal)) as unknown as PasswordPolicy;
    } catch (err) {
      if (isAbortError(err)) throw err;
      console.warn('ak-flow-executor: password policy unavailable, live checks are off', err);
      return null;
    }
  }

  private accept(challenge: Challenge): void {
    this.challenge = challenge;
    if (challenge.flow_info) this.flowInfo = challenge.flow_info;
    this.callbacks.onChallenge(challenge);
  }

  private fail(error: unknown): void {
    if (isAbortError(error)) return;
    this.error =
      error instanceof FlowError
        ? error
        : new FlowError('network', String((error as Error)?.message ?? error));
    this.callbacks.onError(this.error);
  }
}
