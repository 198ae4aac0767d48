// Shared by the browser tests: scripted scenarios on the test server and a tiny test stage, so
// the executor is tested independently of the real stages.
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { oneEvent } from '@open-wc/testing';
import { StageElement } from '../../components/stages/kit/stage-element.js';
import { STAGES } from '../../components/stages/kit/registry.js';
import type { ChallengeBase, ContextualFlowInfo, FlowInstance } from '../../src/challenges.js';
import type { AkFlowExecutor } from '../../components/flow-executor/ak-flow-executor.js';

export interface MockResponse {
  status?: number;
  body?: unknown;
  raw?: string;
  contentType?: string;
  delay?: number;
}

export interface Scenario {
  executor: MockResponse[];
  instance?: MockResponse;
  policy?: MockResponse;
  brand?: MockResponse;
  redirectAfterPost?: boolean;
  eachRequest?: boolean;
}

export interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  at: number;
  /** When the answer left the server (after its delay). */
  answered?: number;
}

let counter = 0;

/** Registers a scenario and returns the api-path the executor should use, and its request log. */
export async function scenario(spec: Scenario) {
  const id = `s${Date.now().toString(36)}${counter++}`;
  const res = await fetch(`/__mock/${id}`, { method: 'POST', body: JSON.stringify(spec) });
  if (!res.ok) throw new Error(`mock registration failed: ${res.status}`);
  return {
    id,
    apiPath: `/mock/${id}/api/v3`,
    cancelUrl: `/mock/${id}/flows/-/cancel/`,
    log: async (): Promise<LoggedRequest[]> => (await fetch(`/__mock/${id}/log`)).json(),
  };
}

export const flowInfo = (extra: Partial<ContextualFlowInfo> = {}): ContextualFlowInfo => ({
  title: 'Welcome to the test flow',
  cancel_url: '/flows/-/cancel/',
  layout: 'stacked',
  ...extra,
});

/** The Flow object of GET /flows/instances/test-flow/, as the mock serves it. */
export const flowInstance = (extra: Partial<FlowInstance> = {}) => ({
  body: {
    pk: '1',
    slug: 'test-flow',
    name: 'n',
    title: 't',
    designation: 'authentication',
    ...extra,
  } satisfies FlowInstance,
});

/** A one-field stage used only by tests: `{component: 'ak-stage-test', value}`. */
export class AkStageTest extends StageElement<ChallengeBase & { label?: string }> {
  @state() value = '';
  override render() {
    // For the error-boundary tests: a stage that throws on a challenge it cannot handle.
    if (this.challenge?.label === 'throw') throw new Error('the test stage failed to render');
    return html`<form
      class="stage"
      @submit=${(e: Event) => {
        e.preventDefault();
        this.submit({ component: 'ak-stage-test', value: this.value });
      }}
    >
      <div class="field">
        <label class="label" for="value">${this.challenge?.label ?? 'Value'}</label>
        <input
          id="value"
          class="input"
          name="username"
          autocomplete="username"
          .value=${this.value}
          aria-invalid=${this.errorsFor('value').length ? 'true' : 'false'}
          aria-describedby=${this.errorId('value')}
          @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)}
        />
        ${this.renderFieldErrors('value')}
      </div>
      ${this.renderNonFieldErrors()} ${this.renderSubmit()}
    </form>`;
  }
}
if (!customElements.get('ak-stage-test')) customElements.define('ak-stage-test', AkStageTest);
STAGES['ak-stage-test'] = async () => {};

export const testChallenge = (extra: Record<string, unknown> = {}) => ({
  component: 'ak-stage-test',
  flow_info: flowInfo(),
  ...extra,
});

/** Waits for the executor to show a stage (or fail), whichever comes first. */
export async function settled(el: AkFlowExecutor): Promise<void> {
  await Promise.race([oneEvent(el, 'ak-flow-challenge'), oneEvent(el, 'ak-flow-error')]);
  await el.updateComplete;
}

/** The executor's rendered content: its shadow root, or itself in compatibility mode. */
export function root(el: AkFlowExecutor): ParentNode {
  return el.isLightDom ? el : el.shadowRoot!;
}

export function stageOf<T extends Element = AkStageTest>(el: AkFlowExecutor): T {
  return root(el).querySelector('[part="stage-element"]') as T;
}

export function stageRoot(stage: Element): ParentNode {
  return stage.shadowRoot ?? stage;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (tests never depend on timing beyond a generous ceiling). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for: ${what}`);
}
