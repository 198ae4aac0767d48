import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `poll` every `interval()` ms while the host is on the page (Duo asking the server whether
 * the phone was activated). An interval of 0 turns polling off.
 */
export class PollingController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    host: ReactiveControllerHost,
    private readonly interval: () => number,
    private readonly poll: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const ms = this.interval();
    if (ms > 0) this.timer = setInterval(() => this.poll(), ms);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
