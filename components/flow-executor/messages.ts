import { msg, str } from '@lit/localize';
import type { FlowError, FlowErrorKind } from '../../src/api/errors.js';

/**
 * The diagnosis's explanations by kind (`cors`, `cookies`), which diagnose.ts, loaded only when
 * something went wrong, puts here: said in the language on screen, not the one of the failure.
 */
export const explanations: Partial<Record<FlowErrorKind, () => string>> = {};

/** Clear words for every way a request can fail. */
export function describeFlowError(error: FlowError): string {
  switch (error.kind) {
    case 'invalid-slug':
      return msg(str`"${error.detail ?? ''}" is not a valid flow name.`);
    case 'network':
      return msg('Could not reach the sign-in service. Check your connection and try again.');
    case 'cors':
    case 'cookies':
      return explanations[error.kind]?.() ?? error.detail ?? '';
    case 'timeout':
      return msg('The sign-in service took too long to answer. Please try again.');
    case 'http':
      if (error.status === 404) return msg('This sign-in flow does not exist.');
      if ((error.status ?? 0) >= 500) {
        return msg(
          str`The sign-in service had a problem (HTTP ${error.status ?? ''}). Please try again.`,
        );
      }
      return msg(str`The sign-in service refused the request (HTTP ${error.status ?? ''}).`);
    case 'not-json':
      return msg('The sign-in service sent a web page instead of data. It may be misconfigured.');
    case 'malformed':
      return msg('The sign-in service sent data that could not be read.');
    case 'no-component':
      return msg('The sign-in service sent an answer this page does not understand.');
    case 'invalid-challenge':
      return msg('The sign-in service sent a step this page cannot show.');
    case 'render':
      return msg('This step could not be shown.');
    case 'unknown-component':
      return msg(str`This sign-in step (${error.detail ?? ''}) is not supported by this page.`);
  }
}
