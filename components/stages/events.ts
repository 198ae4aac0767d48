// The events between stages, the executor and the host page. Stages never hold a reference to the
// executor: they dispatch these bubbling, composed events and the executor listens.
import type { Challenge, ChallengeResponse } from '../../src/challenges.js';
import type { FlowError } from '../../src/api/errors.js';

/** A stage answers its challenge. The executor POSTs `response`; a second one while pending is dropped. */
export class StageSubmitEvent<R extends ChallengeResponse = ChallengeResponse> extends Event {
  static readonly type = 'ak-stage-submit';
  constructor(readonly response: R) {
    super(StageSubmitEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage asks the executor for something that is not an answer: `retry` the last request,
 * `restart` the flow, or `cancel` through the flow's cancel URL (drops the plan) and start again.
 */
export class StageActionEvent extends Event {
  static readonly type = 'ak-stage-action';
  constructor(readonly action: 'retry' | 'restart' | 'cancel') {
    super(StageActionEvent.type, { bubbles: true, composed: true });
  }
}

// Host-page events: fired on <ak-flow-executor>, bubbling and composed.
export interface FlowChallengeDetail {
  challenge: Challenge;
}
/** Only the component: the response itself (passwords) is never handed to listeners. */
export interface FlowSubmitDetail {
  component: string;
}
export interface FlowErrorDetail {
  /** A FlowError for a failed request, or the flow-error challenge the server sent. */
  error: FlowError | Challenge;
}
export interface FlowRedirectDetail {
  /** The checked, absolute target. */
  to: string;
}

export type FlowEventMap = {
  'ak-flow-challenge': CustomEvent<FlowChallengeDetail>;
  'ak-flow-submit': CustomEvent<FlowSubmitDetail>;
  'ak-flow-error': CustomEvent<FlowErrorDetail>;
  'ak-flow-redirect': CustomEvent<FlowRedirectDetail>;
  'ak-flow-done': CustomEvent<FlowRedirectDetail>;
};

export function flowEvent<K extends keyof FlowEventMap>(
  type: K,
  detail: FlowEventMap[K]['detail'],
  cancelable = false,
): FlowEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable,
  }) as FlowEventMap[K];
}

declare global {
  interface GlobalEventHandlersEventMap extends FlowEventMap {
    'ak-stage-submit': StageSubmitEvent;
    'ak-stage-action': StageActionEvent;
  }
}
