// What the server keeps while it runs: the loaded catalog, the stores (users, sessions, emailed
// flow tokens), the outbox, the HIBP ranges and the start-up report.
import type { Catalog } from './blueprints/models.js';
import type { EngineDeps, Plan } from './flow/plan.js';
import type { UserStore } from './model/users.js';
import type { Outbox } from './outbox.js';
import type { PwnedRanges } from './pwned.js';
import type { Reputation } from './reputation.js';
import type { Report } from './report.js';
import type { SessionStore } from './session.js';

/** authentik's UserConsent: what a user allowed an application, until `expires` (ms) or forever. */
export interface UserConsent {
  userPk: number;
  application: string;
  /** Space-separated permission ids, as authentik stores them. */
  permissions: string;
  expires?: number;
}

/** A plan saved behind an emailed link (`flow_token`), resumed when the link is opened. */
export interface FlowToken {
  key: string;
  plan: Plan;
  userPk: number | null;
  flowPk: string;
  expires: number;
  revokeOnExecution: boolean;
}

export interface ServerState extends EngineDeps {
  users: UserStore;
  sessions: SessionStore;
  outbox: Outbox;
  pwned: PwnedRanges;
  report: Report;
  catalog: Catalog;
  tokens: Map<string, FlowToken>;
  reputation: Reputation;
  /** The server's clock (ms since the epoch): Date.now, or a test's hand-moved clock. */
  now: () => number;
  /** Recent re-send times per hashed address (the email stage's recovery_max_attempts). */
  emailAttempts: Map<string, number[]>;
  /** Consent given per user and application (the consent stage's permanent/expiring modes). */
  consents: UserConsent[];
  /** Slugs of the flows from the blueprint folders you gave (`--blueprints`): the brand's first. */
  ownFlows?: string[];
}
