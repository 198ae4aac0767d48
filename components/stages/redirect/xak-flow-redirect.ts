import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { RedirectChallenge } from './types.js';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';

/** Never opened, whatever the page's `redirect-schemes` say: they run or read in its name. */
const REFUSED = ['javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'filesystem'];

/**
 * `url` when its scheme is one of `schemes` (space-separated, the page's `redirect-schemes`) and
 * not a refused one; the scheme as the browser reads it (`new URL`, which drops the tabs and
 * newlines a `java\nscript:` hides behind, and lowercases it).
 */
function appUrl(url: unknown, schemes = ''): string | null {
  if (typeof url !== 'string') return null;
  let scheme: string;
  try {
    scheme = new URL(url).protocol.slice(0, -1);
  } catch {
    return null;
  }
  return !REFUSED.includes(scheme) && schemes.toLowerCase().split(/\s+/).includes(scheme)
    ? url
    : null;
}

/**
 * The flow's redirect: asks the executor to go to `to` (which fires the cancelable
 * `ak-flow-redirect`, so a single-page app can take over, and navigates). Only http(s) and
 * relative targets are followed, and the schemes of apps the page names in `redirect-schemes`
 * (then the page may be closed, as authentik's says); anything else is refused with a message.
 *
 * @fires ak-stage-navigate - `to`, the checked, absolute target
 */
export class XakFlowRedirect extends StageElement<RedirectChallenge> {
  @state() private handedOver = false;
  // `#` (not `private`): a name the minifier can shorten.
  #redirectedFor?: RedirectChallenge;

  get #target(): string | null {
    const to = this.challenge?.to;
    return this.navigationUrl(to) ?? appUrl(to, this.config.redirectSchemes);
  }

  protected override updated(): void {
    const c = this.challenge;
    if (!c || this.#redirectedFor === c) return;
    this.#redirectedFor = c;
    const to = this.#target;
    if (!to) return;
    if (this.navigate(to)) this.handedOver = true;
  }

  override render() {
    const to = this.#target;
    if (!to) {
      return this.renderRefused(
        msg('This sign-in flow tried to send you to an address that is not allowed.'),
      );
    }
    return html`<div class="stage">
      <h2 class="heading">
        ${
          this.handedOver && this.challenge?.final_redirect !== false
            ? msg('Signed in.')
            : // An app's own scheme: the system hands the link to the app, and this page stays.
              /^https?:/.test(to)
              ? msg('Redirecting…')
              : msg('You may close this page now.')
        }
      </h2>
      <a class="link" href=${to}>${msg('Continue')}</a>
    </div>`;
  }
}
define('xak-flow-redirect', XakFlowRedirect);

declare global {
  interface HTMLElementTagNameMap {
    'xak-flow-redirect': XakFlowRedirect;
  }
}
