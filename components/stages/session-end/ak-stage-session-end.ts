import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { define } from '../kit/define.js';
import { StageElement } from '../kit/stage-element.js';
import type { SessionEndChallenge } from './types.js';
import { isolate } from '../../locales/bidi.js';

/**
 * The application session ended (provider logout). Offers to open the application again, go to
 * the overview, or log out of authentik too. Every link is checked; unsafe ones are left out.
 *
 * @csspart links - the links
 */
export class AkStageSessionEnd extends StageElement<SessionEndChallenge> {
  override render() {
    const c = this.challenge;
    if (!c) return nothing;
    const url = (u: string | undefined) => this.navigationUrl(u);
    const links = [
      [
        url(c.application_launch_url),
        c.application_name
          ? msg(str`Go back to ${isolate(c.application_name)}`)
          : msg('Go back to the application'),
      ],
      [url(c.overview_url), msg(str`Go back to ${isolate(c.brand_name)}`)],
      [url(c.invalidation_flow_url), msg(str`Log out of ${isolate(c.brand_name)}`)],
    ].filter(([u]) => !!u) as [string, string][];
    return html`<div class="stage">
      <h2 class="heading">
        ${
          c.application_name
            ? msg(str`You've logged out of ${isolate(c.application_name)}.`)
            : msg("You've logged out.")
        }
      </h2>
      <p class="help">
        ${msg(str`You can go back to the application, or log out of ${isolate(c.brand_name)} as well.`)}
      </p>
      ${this.renderNonFieldErrors()}
      ${
        links.length
          ? html`<div class="links" part="links">
              ${links.map(([href, text]) => html`<a class="link" href=${href}>${text}</a>`)}
            </div>`
          : nothing
      }
    </div>`;
  }
}
define('ak-stage-session-end', AkStageSessionEnd);

declare global {
  interface HTMLElementTagNameMap {
    'ak-stage-session-end': AkStageSessionEnd;
  }
}
