import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * WebOTP for SMS code fields: while `active()` holds, asks the browser for the code of an incoming
 * text message (`navigator.credentials.get({otp: {transport: ['sms']}})`; the message must end
 * with `@<the page's host> #<code>`) and hands it to `onCode`. Only where the browser has it
 * (`OTPCredential`); never blocking (the field works as usual meanwhile, a refusal is silent); the
 * request is aborted when the stage goes away or stops asking for an SMS code.
 */
export class WebOtp implements ReactiveController {
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly active: () => boolean,
    private readonly onCode: (code: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const wanted = this.active() && 'OTPCredential' in window;
    if (wanted && !this.abort) {
      const abort = (this.abort = new AbortController());
      navigator.credentials
        .get({ otp: { transport: ['sms'] }, signal: abort.signal } as CredentialRequestOptions)
        .then((credential) => {
          const code = (credential as { code?: unknown } | null)?.code;
          if (!abort.signal.aborted && typeof code === 'string' && code) this.onCode(code);
        })
        .catch(() => {
          // Refused, aborted or not supported here: the user types the code.
        });
    } else if (!wanted) {
      this.stop();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
