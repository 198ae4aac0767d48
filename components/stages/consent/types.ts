// Wire types of the consent stage, as ConsentChallenge / ConsentPermission /
// ConsentChallengeResponseRequest in @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface ConsentPermission {
  name: string;
  id: string;
}

export interface ConsentChallenge extends ChallengeBase {
  component: 'ak-stage-consent';
  pending_user: string;
  pending_user_avatar: string;
  header_text?: string;
  permissions: ConsentPermission[];
  additional_permissions: ConsentPermission[];
  token: string;
}

export interface ConsentResponse {
  component: 'ak-stage-consent';
  token: string;
  [field: string]: unknown;
}
