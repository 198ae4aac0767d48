// The events a stage sends to the executor. Stages never hold a reference to the executor: they
// dispatch these bubbling, composed events and the executor (which alone talks to the server,
// navigates and fires the host page's `ak-flow-*` events) listens.
import type { Challenge, ChallengeResponse } from '../../../src/challenges.js';

/** A stage answers its challenge. The executor POSTs `response`; a second one while pending is dropped. */
export class StageSubmitEvent<R extends ChallengeResponse = ChallengeResponse> extends Event {
  static readonly type = 'ak-stage-submit';
  /**
   * `background`: the stage polls on its own; no progress is shown or announced, and if the same
   * stage comes back it stays as it is, focus included. `wait`: how long (ms) the server may take
   * to answer when that is longer than the executor's timeout (a Duo push is answered once the
   * user approves it on the phone).
   */
  constructor(
    readonly response: R,
    readonly background = false,
    readonly wait?: number,
  ) {
    super(StageSubmitEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage asks the executor to drop the flow's plan (through its cancel URL) and start the flow
 * again: `cancel` when the user backs out ("Not you?", "Go back"), `restart` after an error. The
 * two name the intent; the executor does the same for both.
 */
export class StageRestartEvent extends Event {
  static readonly type = 'ak-stage-restart';
  constructor(readonly reason: 'restart' | 'cancel') {
    super(StageRestartEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage wants the page to go to `to` (already checked: http(s) or relative to authentik): the
 * final redirect, a source's login page. The executor fires the public, cancelable
 * `ak-flow-redirect` and navigates unless the host page took over; it sets `handedOver` then,
 * synchronously, so the stage can say so.
 */
export class StageNavigateEvent extends Event {
  static readonly type = 'ak-stage-navigate';
  /** Set by the executor when the host page cancelled `ak-flow-redirect` and routes itself. */
  handedOver = false;
  constructor(readonly to: string) {
    super(StageNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage hands the executor a challenge to show in its place, without asking the server: a
 * source's own step (Plex, Apple, Telegram) picked in the identification stage, as authentik's page
 * does. Its answer goes to the server as any stage's.
 */
export class StageShowEvent extends Event {
  static readonly type = 'ak-stage-show';
  constructor(readonly challenge: Challenge) {
    super(StageShowEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A stage threw while rendering its challenge (a bug, or data no check foresaw). The stage shows a
 * message and a way on instead; the executor tells the host page with `ak-flow-error`.
 */
export class StageCrashEvent extends Event {
  static readonly type = 'ak-stage-crash';
  constructor(readonly error: unknown) {
    super(StageCrashEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-stage-submit': StageSubmitEvent;
    'ak-stage-restart': StageRestartEvent;
    'ak-stage-navigate': StageNavigateEvent;
    'ak-stage-crash': StageCrashEvent;
    'ak-stage-show': StageShowEvent;
  }
}
