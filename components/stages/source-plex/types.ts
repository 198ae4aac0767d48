// Wire types of the Plex source stage (PlexAuthenticationChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface PlexAuthenticationChallenge extends ChallengeBase {
  component: 'ak-source-plex';
  client_id: string;
  /** The source's slug: where the Plex token is redeemed. */
  slug: string;
}

/** A Plex PIN (plex.tv `/api/v2/pins`). */
export interface PlexPin {
  id: number;
  code: string;
  authToken?: string | null;
}
