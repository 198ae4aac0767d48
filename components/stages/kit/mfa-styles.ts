// Styles shared by the MFA stages (validation and the authenticator setup stages): method lists,
// codes and secrets, QR images, action rows and waiting states.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChallengeBase } from '../../../src/challenges.js';

/**
 * A setup stage's heading, left out when the card's title already says the same (a flow titled
 * "Set up an authenticator app" must not read that twice, as an h1 and again as an h2).
 */
export function stageHeading(
  challenge: ChallengeBase | undefined,
  text: string,
): TemplateResult | typeof nothing {
  const title = challenge?.flow_info?.title?.trim().toLowerCase();
  return title === text.toLowerCase() ? nothing : html`<h2 class="heading">${text}</h2>`;
}

export const mfaStyles = css`
  .methods {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .method {
    width: 100%;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15rem;
    text-align: start;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.65rem 0.9rem;
    cursor: pointer;
  }
  .method:hover {
    border-color: var(--_primary);
  }
  .method:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .method .name {
    font-weight: 600;
  }
  .method .desc {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .intro {
    margin: 0;
  }
  .qr {
    align-self: center;
    width: min(100%, 220px);
    height: auto;
    background: #fff;
    padding: 4px;
    border-radius: var(--_radius);
  }
  .secret,
  .codes {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    overflow-wrap: anywhere;
  }
  /* A code inside a sentence (Duo's activation link) sits on its own line, padding and all. */
  span.secret {
    display: block;
    margin-top: 0.35rem;
  }
  .codes {
    list-style: none;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.25rem 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .waiting {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
  }
`;
