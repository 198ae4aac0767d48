// The host page's events: fired on <ak-flow-executor> by its FlowController, bubbling and composed.
import type { Challenge } from '../../src/challenges.js';
import type { FlowError } from '../../src/api/errors.js';

export interface FlowChallengeDetail {
  challenge: Challenge;
}
/** Only the component: the response itself (passwords) is never handed to listeners. */
export interface FlowSubmitDetail {
  component: string;
}
/**
 * `ak-flow-before-submit` (cancelable): a stage's answer is about to be sent. `response` is a copy
 * of the answer without its secret fields (unless the executor has `expose-secrets`); fields a
 * handler adds or changes there are sent, the withheld ones go out unchanged. Calling
 * `preventDefault()` keeps the answer home: no request, what was typed stays, the stage is ready
 * again. `waitUntil(promise)` holds the answer until the promise settles; a rejected promise
 * cancels it. Call it in the handler itself (as ExtendableEvent's): a later call is ignored.
 */
export interface FlowBeforeSubmitDetail {
  component: string;
  response: Record<string, unknown>;
  /** Names of the fields left out of `response` as secret (their values are sent unchanged). */
  withheld: string[];
  waitUntil(promise: Promise<unknown>): void;
}
export interface FlowErrorDetail {
  /** A FlowError for a failed request, or the flow-error challenge the server sent. */
  error: FlowError | Challenge;
}
export interface FlowRedirectDetail {
  /** The checked, absolute target. */
  to: string;
}

export interface FlowLocaleDetail {
  /** The locale the widget now speaks (`de`, `zh-Hant`, `en`...). */
  locale: string;
  /** The one before; undefined the first time. */
  previous?: string;
}

export type FlowEventMap = {
  'ak-flow-challenge': CustomEvent<FlowChallengeDetail>;
  'ak-flow-before-submit': CustomEvent<FlowBeforeSubmitDetail>;
  'ak-flow-submit': CustomEvent<FlowSubmitDetail>;
  'ak-flow-error': CustomEvent<FlowErrorDetail>;
  'ak-flow-redirect': CustomEvent<FlowRedirectDetail>;
  'ak-flow-done': CustomEvent<FlowRedirectDetail>;
  'ak-flow-locale': CustomEvent<FlowLocaleDetail>;
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
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends FlowEventMap {}
}
