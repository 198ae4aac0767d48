// authentik's reputation (authentik/policies/reputation): a score per (identifier, client IP),
// -1 for each failed identification or password, +1 for each login; the reputation policy
// passes when the summed score of the IP and/or username is at or below its threshold (bad
// reputation), e.g. to show a captcha or deny after failed attempts.
import { Attrs, MODEL } from './blueprints/models.js';
import type { ModelObject } from './blueprints/registry.js';

export const REPUTATION_POLICY = MODEL.reputationPolicy;
/** authentik's default brand settings reputation_lower_limit / reputation_upper_limit. */
export const REPUTATION_LOWER_LIMIT = -5;
export const REPUTATION_UPPER_LIMIT = 5;

interface Score {
  identifier: string;
  ip: string;
  score: number;
}

export class Reputation {
  private readonly scores: Score[] = [];

  /** -1 for a failed identification or password (signals login_failed, identification_failed). */
  failed(identifier: string, ip: string | undefined): void {
    this.update(identifier, ip ?? '127.0.0.1', -1);
  }

  /** +1 on login (signal user_logged_in). */
  loggedIn(identifier: string, ip: string | undefined): void {
    this.update(identifier, ip ?? '127.0.0.1', 1);
  }

  /** authentik's update_score: the (identifier, ip) row changes by `amount`, kept within the
   * brand's reputation limits (authentik's defaults: -5 and 5). */
  update(identifier: string, ip: string, amount: number): void {
    let row = this.scores.find((s) => s.identifier === identifier && s.ip === ip);
    if (!row) this.scores.push((row = { identifier, ip, score: 0 }));
    row.score = Math.min(
      REPUTATION_UPPER_LIMIT,
      Math.max(REPUTATION_LOWER_LIMIT, row.score + amount),
    );
  }

  /** The summed score of `identifier` over all IPs (PasswordStageView.get_reputation_score). */
  scoreOf(identifier: string): number {
    return this.scores.filter((s) => s.identifier === identifier).reduce((n, s) => n + s.score, 0);
  }

  /** ReputationPolicy.passes: score of the IP and/or username <= threshold. */
  passes(policy: ModelObject, ip: string, username: string | undefined): boolean {
    const a = new Attrs(policy.attrs);
    const checkIp = a.bool('check_ip', true);
    const checkUsername = a.bool('check_username', true);
    const score = this.scores
      .filter((s) => (checkIp && s.ip === ip) || (checkUsername && s.identifier === username))
      .reduce((sum, s) => sum + s.score, 0);
    return score <= a.num('threshold', -5);
  }
}
