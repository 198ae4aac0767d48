// The events between stages, the executor and the host page. Stages never hold a reference to the
// executor: they dispatch these bubbling, composed events and the executor listens.
import type { Challenge, ChallengeResponse } from '../../src/challenges.js';
import type { FlowError } from '../../src/api/errors.js';

/** A stage answers its challenge. The executor POSTs `response`; a second one while pending is dropped. */
export class StageSubmitEvent<R extends ChallengeResponse = ChallengeResponse> extends Event {
  static readonly type = 'ak-stage-submit';
  /**
   * `background`: the stage polls on its own (Duo waiting for the phone); no progress is shown or
   * announced, and if the same stage comes back it stays as it is, focus included.
   */
  constructor(
    readonly response: R,
    readonly background = false,
  ) {
    super(StageSubmitEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage asks the executor to drop the flow's plan (through its cancel URL) and start again:
 * `cancel` when the user backs out ("Not you?", "Go back"), `restart` after an error. The two
 * name the intent; the executor does the same for both.
 */
export class StageActionEvent extends Event {
  static readonly type = 'ak-stage-action';
  constructor(readonly action: 'restart' | 'cancel') {
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
