// Wire types of the endpoint agent stage (EndpointAgentChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface EndpointAgentChallenge extends ChallengeBase {
  component: 'ak-stage-endpoint-agent';
  /** Signed challenge for the device's authentik agent (through its browser extension). */
  challenge: string;
  /** Seconds to wait for the agent before answering without it. */
  challenge_idle_timeout: number;
}

export interface EndpointAgentResponse {
  component: 'ak-stage-endpoint-agent';
  /** The agent's signed answer; null when no agent answered in time. */
  response: string | null;
  [field: string]: unknown;
}

/** What the authentik platform SSO extension and the page say to each other (window messages). */
export interface AgentMessage {
  _ak_ext: 'authentik-platform-sso';
  challenge?: string;
  response?: string | null;
}
