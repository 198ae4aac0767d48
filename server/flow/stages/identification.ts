// authentik's IdentificationStageView: finds the user by username/email/upn (optionally with the
// password on the same form, and the embedded captcha for a user that exists), or signs in with
// a passkey. A `login_hint` in the flow's query fills in the identifier, or, on a stage with no
// password, captcha, passkey or policies, answers it (unless "Not you?" was just followed).
import { NON_FIELD, errors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { CTX, setPasswordMethod, toPending, type PendingUser } from '../plan.js';
import { CaptchaInvalid, captchaChallenge, verifyCaptchaToken } from './captcha.js';
import { passkeyChallenge, passkeyLogin } from './mfa/passkey.js';
import { INBUILT_BACKEND } from './shared.js';
import { _ } from '../../i18n/index.js';

export const identification: StageView = {
  async get(ctx) {
    const a = ctx.stage.a;
    const hint = ctx.getParams.get('login_hint');
    if (!hint) return ctx.challenge(identificationChallenge(ctx));
    // Prevent a skip loop when the user clicked "Not you?": no hint until the stage is answered
    // (authentik pops it at the first GET; the widget may read the stage again, e.g. on a
    // language switch, which must not skip the user straight back).
    if (ctx.session.overrideLoginHint) return ctx.challenge(identificationChallenge(ctx, false));
    const canSkip =
      !a.optStr('password_stage') &&
      !a.optStr('captcha_stage') &&
      !a.optStr('webauthn_stage') &&
      // binding.policies: bindings of a policy (not of a user or group)
      !(ctx.binding && ctx.state.catalog.policyBindings(ctx.binding.pk).some((b) => b.policy));
    if (!canSkip) return ctx.challenge(identificationChallenge(ctx));
    const fields = a.list('user_fields').map(String);
    const user = ctx.state.users.lookup(hint, fields, a.bool('case_insensitive_matching', true));
    ctx.plan.context[CTX.pendingUser] = user ? toPending(user) : typedUser(hint);
    return ctx.stageOk();
  },
  async post(ctx, body) {
    const a = ctx.stage.a;
    const uid = typeof body.uid_field === 'string' ? body.uid_field : '';
    if (body.passkey && typeof body.passkey === 'object') {
      return passkeyLogin(ctx, body.passkey as Record<string, unknown>, () =>
        identificationChallenge(ctx),
      );
    }
    const challenge = identificationChallenge(ctx, !ctx.session.overrideLoginHint);
    const fail = (message: string) => ctx.challengeInvalid(challenge, errors(NON_FIELD, message));
    if (!uid) return fail('No identification data provided.');
    const fields = a.list('user_fields').map(String);
    const passwordStage = a.optStr('password_stage');
    let user = ctx.state.users.lookup(uid, fields, a.bool('case_insensitive_matching', true));
    if (!user) {
      ctx.state.reputation.failed(uid, ctx.policyInfo.http?.client_ip);
      // authentik sleeps 90–210 ms here against user enumeration.
      await new Promise((r) => setTimeout(r, 90 + Math.random() * 120));
      ctx.plan.context[CTX.pendingUser] = typedUser(uid);
      if (!a.bool('show_matched_user', true)) ctx.plan.context[CTX.pendingUserIdentifier] = uid;
      if (a.bool('pretend_user_exists', true) && !passwordStage) return passed(ctx);
      return fail(_('Failed to authenticate.'));
    }
    // The captcha, for a user that exists (an unknown one failed or passed above); any failure
    // reads like a wrong login.
    const captchaStage = ctx.state.catalog.stage(a.optStr('captcha_stage'));
    if (captchaStage?.kind === 'captcha') {
      const token = typeof body.captcha_token === 'string' ? body.captcha_token : '';
      try {
        await verifyCaptchaToken(ctx, captchaStage, token);
      } catch (e) {
        if (!(e instanceof CaptchaInvalid)) throw e;
        return fail(_('Failed to authenticate.'));
      }
    }
    if (passwordStage) {
      const password = typeof body.password === 'string' ? body.password : '';
      const found = user;
      user = await ctx.state.users.authenticate(user.username, password);
      if (!user) {
        ctx.state.reputation.failed(found.username, ctx.policyInfo.http?.client_ip);
        return fail(_('Failed to authenticate.'));
      }
      ctx.plan.context[CTX.backend] = INBUILT_BACKEND;
      setPasswordMethod(ctx.plan.context);
    }
    ctx.plan.context[CTX.pendingUser] = toPending(user);
    if (!a.bool('show_matched_user', true)) ctx.plan.context[CTX.pendingUserIdentifier] = uid;
    return passed(ctx);
  },
};

/** No such user: User(username=uid, email=uid), as authentik sets it. */
const typedUser = (uid: string): PendingUser => ({ pk: null, username: uid, email: uid, name: '' });

/** The stage is answered: a login_hint counts again from here on. */
function passed(ctx: StageContext): Promise<Response> {
  delete ctx.session.overrideLoginHint;
  return ctx.stageOk();
}

function identificationChallenge(ctx: StageContext, hint = true) {
  const a = ctx.stage.a;
  const passwordStage = ctx.state.catalog.stage(a.optStr('password_stage'));
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-identification',
    user_fields: a.list('user_fields').map(String),
    password_fields: !!passwordStage,
    allow_show_password: !!passwordStage && passwordStage.a.bool('allow_show_password', false),
    application_pre: undefined,
    flow_designation: ctx.flow.designation,
    captcha_stage: null as unknown,
    primary_action: ctx.flow.designation === 'authentication' ? _('Log in') : _('Continue'),
    sources: [],
    show_source_labels: a.bool('show_source_labels', false),
    enable_remember_me: a.bool('enable_remember_me', false),
    passkey_challenge: passkeyChallenge(ctx),
  };
  const app = (ctx.plan.context[CTX.application] ?? ctx.session.applicationPre) as
    { name?: string } | undefined;
  if (app?.name) challenge.application_pre = app.name;
  else delete challenge.application_pre;
  const links = {
    enroll_url: 'enrollment_flow',
    recovery_url: 'recovery_flow',
    passwordless_url: 'passwordless_flow',
  };
  for (const [key, attr] of Object.entries(links)) {
    const flow = ctx.state.catalog.flowByPk(a.optStr(attr));
    if (flow) challenge[key] = ctx.flowPageUrl(flow.slug);
  }
  const captchaStage = ctx.state.catalog.stage(a.optStr('captcha_stage'));
  if (captchaStage?.kind === 'captcha') {
    challenge.captcha_stage = {
      ...captchaChallenge(captchaStage),
      pending_user: '',
      pending_user_avatar: '',
    };
  }
  // Pre-fill the identifier from login_hint unless the user clicked "Not you?".
  const loginHint = ctx.getParams.get('login_hint');
  if (hint && loginHint) challenge.pending_user_identifier = loginHint;
  return challenge as { component: string };
}
