// Wire type of the session-end stage, as SessionEndChallenge in @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface SessionEndChallenge extends ChallengeBase {
  component: 'ak-stage-session-end';
  pending_user: string;
  pending_user_avatar: string;
  application_name?: string;
  application_launch_url?: string;
  invalidation_flow_url?: string;
  overview_url?: string;
  brand_name: string;
}
