// Every way a request can fail, normalised so the UI can name it and offer a retry.

export type FlowErrorKind =
  | 'network' // the request never got an answer (offline, DNS, CSP)
  | 'cors' // a cross-origin authentik is up but refuses this page's origin (CORS)
  | 'cookies' // the session cookie does not stick: every answer restarts the flow
  | 'timeout' // no answer within the client's timeout
  | 'http' // a non-2xx status (404 unknown flow, 500, ...)
  | 'not-json' // a 2xx answer that is not JSON (an HTML page from a proxy or login wall)
  | 'malformed' // JSON that does not parse
  | 'no-component' // JSON without a `component`: not a challenge
  | 'invalid-challenge' // a challenge that does not match its type's shape in authentik's schema
  | 'unknown-component' // a challenge the widget has no stage for
  | 'render' // a stage failed to render a challenge (a bug, or data no check foresaw)
  | 'invalid-slug'; // refused before any request

export class FlowError extends Error {
  readonly kind: FlowErrorKind;
  /** HTTP status when the server answered. */
  readonly status?: number;
  /**
   * The component name for `unknown-component`, the slug for `invalid-slug`, the user's
   * explanation for `cors` and `cookies`.
   */
  readonly detail?: string;

  constructor(
    kind: FlowErrorKind,
    message: string,
    init: { status?: number; detail?: string } = {},
  ) {
    super(message);
    this.name = 'FlowError';
    this.kind = kind;
    this.status = init.status;
    this.detail = init.detail;
  }
}

export function isAbortError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
