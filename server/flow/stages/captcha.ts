// authentik's CaptchaStageView and verify_captcha_token: the challenge names the provider's script
// and site key; the token is verified at the stage's `api_url` (reCAPTCHA/hCaptcha/Turnstile
// siteverify: a form POST of secret and response) with authentik's messages and score
// thresholds. The reference server's own development provider (`/dev/captcha/...`, see
// server/dev/) is verified in-process, so captcha flows run offline.
import type { StageDef } from '../../blueprints/models.js';
import {
  DEV_CAPTCHA_VERIFY,
  devSiteverify,
  type SiteverifyAnswer,
} from '../../dev/captcha-verify.js';
import { errors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { _ } from '../../i18n/index.js';
import { charField } from './shared.js';

/** authentik's CaptchaStage model defaults. */
const DEFAULTS = {
  js_url: 'https://www.recaptcha.net/recaptcha/api.js',
  api_url: 'https://www.recaptcha.net/recaptcha/api/siteverify',
};

const RETRIABLE = new Set([
  'missing-input-response',
  'invalid-input-response',
  'timeout-or-duplicate',
  'expired-input-response',
  'already-seen-response',
]);

/** A token the stage refused, with authentik's message. */
export class CaptchaInvalid extends Error {}

export function captchaChallenge(stage: StageDef) {
  return {
    component: 'ak-stage-captcha',
    js_url: stage.a.str('js_url', DEFAULTS.js_url),
    site_key: stage.a.str('public_key'),
    interactive: stage.a.bool('interactive', false),
  };
}

async function siteverify(ctx: StageContext, stage: StageDef, token: string) {
  const apiUrl = new URL(stage.a.str('api_url', DEFAULTS.api_url), ctx.origin);
  const secret = stage.a.str('private_key');
  if (apiUrl.origin === ctx.origin && apiUrl.pathname === DEV_CAPTCHA_VERIFY) {
    return devSiteverify(secret, token, apiUrl.hostname);
  }
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret, response: token }),
    signal: AbortSignal.timeout(10000),
  });
  if (!res.ok) throw new Error(`siteverify HTTP ${res.status}`);
  return (await res.json()) as SiteverifyAnswer;
}

/** authentik's verify_captcha_token; throws CaptchaInvalid with the message authentik shows. */
export async function verifyCaptchaToken(
  ctx: StageContext,
  stage: StageDef,
  token: string,
): Promise<SiteverifyAnswer> {
  let data: SiteverifyAnswer;
  try {
    data = await siteverify(ctx, stage, token);
  } catch {
    throw new CaptchaInvalid(_('Failed to validate token'));
  }
  if (stage.a.bool('error_on_invalid_score', true)) {
    if (!data.success) {
      const codes = data['error-codes'] ?? ['unknown-error'];
      throw new CaptchaInvalid(
        codes.every((c) => RETRIABLE.has(c))
          ? _('Invalid captcha response. Retrying may solve this issue.')
          : _('Invalid captcha response'),
      );
    }
    if (data.score !== undefined) {
      const score = Number(data.score);
      const max = stage.a.num('score_max_threshold', 1);
      const min = stage.a.num('score_min_threshold', 0.5);
      if ((max > -1 && score > max) || (min > -1 && score < min)) {
        throw new CaptchaInvalid(_('Invalid captcha response'));
      }
    }
  }
  return data;
}

export const captcha: StageView = {
  async get(ctx) {
    return ctx.challenge(captchaChallenge(ctx.stage), true);
  },
  async post(ctx, body) {
    // CaptchaChallengeResponse.token = CharField(): required, not null, not blank (DRF's codes).
    const field = charField(body, 'token', true);
    if (field.error) return ctx.challengeInvalid(captchaChallenge(ctx.stage), field.error, true);
    const token = field.value!;
    try {
      await verifyCaptchaToken(ctx, ctx.stage, token);
    } catch (e) {
      if (!(e instanceof CaptchaInvalid)) throw e;
      return ctx.challengeInvalid(captchaChallenge(ctx.stage), errors('token', e.message), true);
    }
    ctx.plan.context.captcha = { response: token, stage: ctx.stage.pk };
    return ctx.stageOk();
  },
};
