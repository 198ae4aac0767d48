// The stage views: one object per stage kind with get/post, after authentik's stage views
// (authentik/stages/*/stage.py). Each answers a challenge, or calls stageOk/stageInvalid.
import { randomBytes, randomUUID } from 'node:crypto';
import type { StageKind } from '../blueprints/models.js';
import { Attrs, MODEL } from '../blueprints/models.js';
import type { User } from '../users.js';
import { NON_FIELD, errors, timedeltaSeconds, type ResponseErrors } from './challenge.js';
import type { FlowExecution } from './executor.js';
import {
  authenticatorEmail,
  authenticatorSms,
  authenticatorStatic,
  authenticatorTotp,
  authenticatorValidate,
  authenticatorWebauthn,
  passkeyChallenge,
  passkeyLogin,
} from './mfa.js';
import { CTX, runPasswordPolicy, toPending, type PendingUser } from './plan.js';

export interface StageView {
  get(x: FlowExecution): Promise<Response>;
  post(x: FlowExecution, body: Record<string, unknown>): Promise<Response>;
}

const INBUILT_BACKEND = 'authentik.core.auth.InbuiltBackend';

/** A stage that does its work on any request and shows no challenge. */
const action = (run: (x: FlowExecution) => Promise<Response>): StageView => ({
  get: run,
  post: run,
});

/** DRF CharField validation: required / null / blank, returning the string or an error. */
function charField(
  body: Record<string, unknown>,
  key: string,
  required: boolean,
  allowBlank = !required,
): { value?: string; error?: ResponseErrors } {
  if (!(key in body) || body[key] === undefined) {
    return required ? { error: errors(key, 'This field is required.', 'required') } : {};
  }
  const raw = body[key];
  if (raw === null) return { error: errors(key, 'This field may not be null.', 'null') };
  const value = typeof raw === 'string' ? raw : String(raw);
  if (value === '' && !allowBlank)
    return { error: errors(key, 'This field may not be blank.', 'blank') };
  return { value };
}

// ---------------------------------------------------------------- identification

const identification: StageView = {
  async get(x) {
    return x.challenge(identificationChallenge(x));
  },
  async post(x, body) {
    const a = x.stage.a;
    const uid = typeof body.uid_field === 'string' ? body.uid_field : '';
    if (body.passkey && typeof body.passkey === 'object') {
      return passkeyLogin(x, body.passkey as Record<string, unknown>, () =>
        identificationChallenge(x),
      );
    }
    const challenge = identificationChallenge(x);
    const fail = (message: string) => x.challengeInvalid(challenge, errors(NON_FIELD, message));
    if (!uid) return fail('No identification data provided.');
    const fields = a.list('user_fields').map(String);
    const passwordStage = a.optStr('password_stage');
    let user = x.state.users.lookup(uid, fields, a.bool('case_insensitive_matching', true));
    if (!user) {
      // authentik sleeps 90–210 ms here against user enumeration.
      await new Promise((r) => setTimeout(r, 90 + Math.random() * 120));
      x.plan.context[CTX.pendingUser] = {
        pk: null,
        username: uid,
        email: uid,
        name: '',
      } satisfies PendingUser;
      if (!a.bool('show_matched_user', true)) x.plan.context[CTX.pendingUserIdentifier] = uid;
      if (a.bool('pretend_user_exists', true) && !passwordStage) return x.stageOk();
      return fail('Failed to authenticate.');
    }
    if (passwordStage) {
      const password = typeof body.password === 'string' ? body.password : '';
      user = await x.state.users.authenticate(user.username, password);
      if (!user) return fail('Failed to authenticate.');
      x.plan.context[CTX.backend] = INBUILT_BACKEND;
    }
    x.plan.context[CTX.pendingUser] = toPending(user);
    if (!a.bool('show_matched_user', true)) x.plan.context[CTX.pendingUserIdentifier] = uid;
    return x.stageOk();
  },
};

function identificationChallenge(x: FlowExecution) {
  const a = x.stage.a;
  const passwordStage = x.state.catalog.stage(a.optStr('password_stage'));
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-identification',
    user_fields: a.list('user_fields').map(String),
    password_fields: !!passwordStage,
    allow_show_password: !!passwordStage && passwordStage.a.bool('allow_show_password', false),
    application_pre: undefined,
    flow_designation: x.flow.designation,
    captcha_stage: null,
    primary_action: x.flow.designation === 'authentication' ? 'Log in' : 'Continue',
    sources: [],
    show_source_labels: a.bool('show_source_labels', false),
    enable_remember_me: a.bool('enable_remember_me', false),
    passkey_challenge: passkeyChallenge(x),
  };
  const app = x.plan.context[CTX.application] as { name?: string } | undefined;
  if (app?.name) challenge.application_pre = app.name;
  else delete challenge.application_pre;
  const links = {
    enroll_url: 'enrollment_flow',
    recovery_url: 'recovery_flow',
    passwordless_url: 'passwordless_flow',
  };
  for (const [key, attr] of Object.entries(links)) {
    const flow = x.state.catalog.flowByPk(a.optStr(attr));
    if (flow) challenge[key] = x.flowPageUrl(flow.slug);
  }
  for (const unsupported of ['captcha_stage']) {
    if (a.optStr(unsupported)) {
      x.state.report.warn(
        `identification stage ${x.stage.name}: ${unsupported} is not supported and ignored`,
      );
    }
  }
  return challenge as { component: string };
}

// ---------------------------------------------------------------- password

function passwordChallenge(x: FlowExecution) {
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-password',
    allow_show_password: x.stage.a.bool('allow_show_password', false),
  };
  const recovery = x.state.catalog.flowByDesignation('recovery');
  if (recovery) challenge.recovery_url = x.origin + `/if/flow/${recovery.slug}/`;
  return challenge as { component: string };
}

const password: StageView = {
  async get(x) {
    return x.challenge(passwordChallenge(x), true);
  },
  async post(x, body) {
    const invalid = async (errs: ResponseErrors) => {
      x.session.invalidPasswordTries = (x.session.invalidPasswordTries ?? 0) + 1;
      if (x.session.invalidPasswordTries > x.stage.a.num('failed_attempts_before_cancel', 5)) {
        delete x.session.invalidPasswordTries;
        return x.stageInvalid();
      }
      return x.challengeInvalid(passwordChallenge(x), errs, true);
    };
    const field = charField(body, 'password', true);
    if (field.error) return invalid(field.error);
    const pending = x.pendingUser;
    if (!pending) return x.stageInvalid();
    const user = await x.state.users.authenticate(pending.username, field.value!);
    if (!user) return invalid(errors('password', 'Invalid password'));
    delete x.session.invalidPasswordTries;
    x.plan.context[CTX.pendingUser] = toPending(user);
    x.plan.context[CTX.backend] = INBUILT_BACKEND;
    return x.stageOk();
  },
};

// ---------------------------------------------------------------- prompt

const CHOICE_TYPES = new Set(['radio-button-group', 'dropdown']);
const FIXED_TYPES = new Set(['hidden', 'static', 'text_read_only', 'text_area_read_only']);
const NO_VALUE_TYPES = new Set(['separator', 'alert_info', 'alert_warning', 'alert_danger']);

interface PromptField {
  key: string;
  a: Attrs;
  type: string;
  required: boolean;
  order: number;
}

function promptFields(x: FlowExecution): PromptField[] {
  return x.stage.a
    .list('fields')
    .map((pk) => x.state.catalog.object(pk))
    .filter((o) => o?.model === MODEL.prompt)
    .map((o) => {
      const a = new Attrs(o!.attrs);
      return {
        key: a.str('field_key'),
        a,
        type: a.str('type', 'text'),
        required: a.bool('required', true),
        order: a.num('order', 0),
      };
    })
    .sort((p, q) => p.order - q.order);
}

/** A Python expression the server can "run": only `return <JSON literal>`; else reported. */
function expressionValue(x: FlowExecution, field: PromptField, attr: string): unknown {
  const source = field.a.str(attr);
  const literal = /^\s*return\s+([\s\S]+)$/.exec(source)?.[1];
  if (literal) {
    try {
      return JSON.parse(literal.replace(/'/g, '"'));
    } catch {
      // fall through to the report
    }
  }
  x.state.report.warn(
    `prompt ${field.a.str('name', field.key)}: ${attr} is a Python expression the reference server cannot run (only \`return <literal>\`), used as ''`,
  );
  return '';
}

function placeholderOf(x: FlowExecution, f: PromptField): unknown {
  return f.a.bool('placeholder_expression', false)
    ? expressionValue(x, f, 'placeholder')
    : f.a.str('placeholder');
}

function choicesOf(x: FlowExecution, f: PromptField): { value: string; label: string }[] | null {
  if (!CHOICE_TYPES.has(f.type)) return null;
  const raw = placeholderOf(x, f);
  const list = Array.isArray(raw) ? raw : raw === '' || raw == null ? [] : [raw];
  const choices = list.map((c) =>
    c && typeof c === 'object'
      ? {
          value: String((c as { value?: unknown }).value),
          label: String((c as { label?: unknown }).label ?? (c as { value?: unknown }).value),
        }
      : { value: String(c), label: String(c) },
  );
  return choices.length ? choices : null;
}

function initialOf(x: FlowExecution, f: PromptField): string {
  const prompt = (x.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  if (prompt[f.key] != null) return String(prompt[f.key]);
  const value = f.a.bool('initial_value_expression', false)
    ? expressionValue(x, f, 'initial_value')
    : f.a.str('initial_value');
  return value == null ? '' : String(value);
}

function promptChallenge(x: FlowExecution) {
  return {
    component: 'ak-stage-prompt',
    fields: promptFields(x).map((f) => ({
      field_key: f.key,
      label: f.a.str('label'),
      type: f.type,
      required: f.required,
      placeholder: CHOICE_TYPES.has(f.type) ? '' : String(placeholderOf(x, f) ?? ''),
      initial_value: initialOf(x, f),
      order: f.order,
      sub_text: f.a.str('sub_text'),
      choices: choicesOf(x, f),
    })),
  };
}

function validateField(
  x: FlowExecution,
  f: PromptField,
  body: Record<string, unknown>,
): { value?: unknown; error?: ResponseErrors } {
  const key = f.key;
  if (f.type === 'checkbox') {
    const v = body[key];
    if (v === undefined) return { value: false };
    if ([true, 'true', 'True', 'on', '1', 1].includes(v as never)) return { value: true };
    if ([false, 'false', 'False', 'off', '0', 0, ''].includes(v as never)) return { value: false };
    return { error: errors(key, 'Must be a valid boolean.') };
  }
  const field = charField(body, key, f.required);
  if (field.error || field.value === undefined) return field;
  const value = field.value;
  if (value === '') return { value };
  switch (f.type) {
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
        ? { value }
        : { error: errors(key, 'Enter a valid email address.') };
    case 'number':
      return /^-?\d+$/.test(value.trim())
        ? { value: Number(value) }
        : { error: errors(key, 'A valid integer is required.') };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? { value }
        : {
            error: errors(
              key,
              'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
            ),
          };
    case 'date-time':
      return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
        ? { value }
        : {
            error: errors(
              key,
              'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
            ),
          };
    case 'radio-button-group':
    case 'dropdown': {
      const allowed = (choicesOf(x, f) ?? []).map((c) => c.value);
      return allowed.includes(value)
        ? { value }
        : { error: errors(key, `"${value}" is not a valid choice.`, 'invalid_choice') };
    }
    case 'username': {
      const pending = x.pendingUser;
      const taken = x.state.users
        .all()
        .some(
          (u) => u.username === value && !(pending?.pk != null && u.username === pending.username),
        );
      return taken ? { error: errors(key, 'Username is already taken.') } : { value };
    }
    default:
      return { value };
  }
}

const prompt: StageView = {
  async get(x) {
    return x.challenge(promptChallenge(x));
  },
  async post(x, body) {
    const fields = promptFields(x);
    const data: Record<string, unknown> = {};
    let fieldErrors: ResponseErrors = {};
    for (const f of fields) {
      if (NO_VALUE_TYPES.has(f.type)) continue;
      if (FIXED_TYPES.has(f.type)) {
        data[f.key] = initialOf(x, f);
        continue;
      }
      const result = validateField(x, f, body);
      if (result.error) fieldErrors = { ...fieldErrors, ...result.error };
      else if (result.value !== undefined) data[f.key] = result.value;
    }
    const challenge = promptChallenge(x);
    if (Object.keys(fieldErrors).length) return x.challengeInvalid(challenge, fieldErrors);

    const passwords = fields.filter((f) => f.type === 'password');
    if (passwords.length === 2 && new Set(passwords.map((f) => data[f.key])).size > 1) {
      return x.challengeInvalid(challenge, errors(NON_FIELD, "Passwords don't match."));
    }
    const messages: string[] = [];
    let passing = true;
    for (const pk of x.stage.a.list('validation_policies')) {
      const policy = x.state.catalog.object(pk);
      if (policy?.model === MODEL.passwordPolicy) {
        const result = await runPasswordPolicy(x.state, policy.pk, {
          ...x.plan.context,
          [CTX.prompt]: data,
        });
        passing &&= result.passing;
        messages.push(...result.messages);
      } else {
        passing = false;
        messages.push(
          `Policy ${String(policy?.attrs.name ?? pk)} cannot run on the reference flow server.`,
        );
      }
    }
    if (!passing) {
      return x.challengeInvalid(challenge, {
        [NON_FIELD]: messages.map((m) => ({ string: m, code: 'invalid' })),
      });
    }
    x.plan.context[CTX.prompt] = { ...((x.plan.context[CTX.prompt] as object) ?? {}), ...data };
    return x.stageOk();
  },
};

// ---------------------------------------------------------------- user write / login / logout

const USER_FIELDS = new Set(['username', 'name', 'email']);

const userWrite = action(async (x) => {
  const a = x.stage.a;
  const data = (x.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  const mode = a.str('user_creation_mode', 'create_when_required');
  let user: User | undefined = mode === 'always_create' ? undefined : x.pendingStoredUser;
  if (!user) {
    if (mode === 'never_create') return x.stageInvalid("No user found and can't create new user.");
    const username = typeof data.username === 'string' ? data.username : '';
    if (!username || x.state.users.byUsername(username)) {
      return x.stageInvalid('Failed to update user. Please try again later.');
    }
    user = await x.state.users.create({
      username,
      is_active: !a.bool('create_users_as_inactive', false),
    });
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'password') {
      if (typeof value === 'string' && value) await x.state.users.setPassword(user, value);
    } else if (USER_FIELDS.has(key)) {
      (user as unknown as Record<string, unknown>)[key] = String(value ?? '');
    } else if (key.startsWith('attributes.')) {
      user.attributes[key.slice('attributes.'.length)] = value;
    } else if (!key.startsWith('password')) {
      user.attributes[key] = value;
    }
  }
  x.state.users.save();
  x.plan.context[CTX.pendingUser] = toPending(user);
  return x.stageOk();
});

async function doLogin(x: FlowExecution, remember: boolean): Promise<Response> {
  const pending = x.pendingStoredUser;
  if (!pending) return x.stageInvalid('No Pending user to login.');
  const a = x.stage.a;
  let seconds = timedeltaSeconds(a.str('session_duration', 'seconds=0'));
  if (remember) seconds += timedeltaSeconds(a.str('remember_me_offset', 'seconds=0'));
  x.state.sessions.rotate(x.session);
  x.req.rotateCsrf();
  x.session.userPk = pending.pk;
  x.session.expiresAt = seconds > 0 ? Date.now() + seconds * 1000 : undefined;
  return x.stageOk();
}

const userLogin: StageView = {
  async get(x) {
    if (timedeltaSeconds(x.stage.a.str('remember_me_offset', 'seconds=0')) > 0) {
      return x.challenge({ component: 'ak-stage-user-login' }, true);
    }
    return doLogin(x, false);
  },
  async post(x, body) {
    if (timedeltaSeconds(x.stage.a.str('remember_me_offset', 'seconds=0')) <= 0)
      return doLogin(x, false);
    if (typeof body.remember_me !== 'boolean') {
      const missing = body.remember_me === undefined;
      const error = missing
        ? errors('remember_me', 'This field is required.', 'required')
        : errors('remember_me', 'Must be a valid boolean.');
      return x.challengeInvalid({ component: 'ak-stage-user-login' }, error, true);
    }
    return doLogin(x, body.remember_me);
  },
};

const userLogout = action(async (x) => {
  delete x.session.userPk;
  delete x.session.expiresAt;
  return x.stageOk();
});

// ---------------------------------------------------------------- deny, redirect, dummy

const deny = action(async (x) => x.stageInvalid(x.stage.a.optStr('deny_message')));

const redirect = action(async (x) => {
  const a = x.stage.a;
  if (a.str('mode', 'static') === 'flow') {
    const target = x.state.catalog.flowByPk(a.optStr('target_flow'));
    if (!target) throw new Error(`redirect stage ${x.stage.name}: target flow not found`);
    x.cancel();
    return Response.json({ component: 'xak-flow-redirect', to: x.flowPageUrl(target.slug) });
  }
  x.cancel();
  return Response.json({ component: 'xak-flow-redirect', to: a.str('target_static', '/') });
});

const dummy: StageView = {
  async get(x) {
    if (x.stage.a.bool('throw_error', false)) throw new Error('Test error');
    return x.challenge({ component: 'ak-stage-dummy', name: x.stage.name });
  },
  async post(x) {
    return x.stageOk();
  },
};

// ---------------------------------------------------------------- authenticator validate / setup
// In mfa.ts: authenticatorValidate, authenticatorTotp, authenticatorStatic, authenticatorWebauthn,
// authenticatorEmail, authenticatorSms.

// ---------------------------------------------------------------- consent

function consentChallenge(x: FlowExecution) {
  x.session.consentToken = randomUUID();
  const ctx = x.plan.context;
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-consent',
    permissions: ctx.consent_permissions ?? [],
    additional_permissions: ctx.consent_additional_permissions ?? [],
    token: x.session.consentToken,
  };
  if (typeof ctx.consent_header === 'string') challenge.header_text = ctx.consent_header;
  return challenge as { component: string };
}

const consent: StageView = {
  async get(x) {
    return x.challenge(consentChallenge(x), true);
  },
  async post(x, body) {
    const token = charField(body, 'token', true);
    if (token.error) return x.challengeInvalid(consentChallenge(x), token.error, true);
    if (token.value !== x.session.consentToken) return x.challenge(consentChallenge(x), true);
    return x.stageOk();
  },
};

// ---------------------------------------------------------------- email

function tokenLifetimeSeconds(a: Attrs): number {
  const raw = a.attrs.token_expiry;
  if (typeof raw === 'number') return raw * 60;
  return typeof raw === 'string' && raw.includes('=') ? timedeltaSeconds(raw) : 30 * 60;
}

function sendEmail(x: FlowExecution): void {
  const pending = x.pendingUser!;
  if (pending.pk == null && x.flow.designation === 'recovery') return; // pretend, don't disclose
  const a = x.stage.a;
  const key = randomBytes(32).toString('base64url');
  const lifetime = tokenLifetimeSeconds(a) + 60;
  x.state.tokens.set(key, {
    key,
    plan: structuredClone(x.plan),
    userPk: pending.pk,
    flowPk: x.flow.pk,
    expires: Date.now() + lifetime * 1000,
    revokeOnExecution: true,
  });
  const query = new URLSearchParams(x.req.url.searchParams.get('query') ?? '');
  query.delete('flow_token');
  query.set('flow_token', key);
  const url = `${x.origin}/if/flow/${x.flow.slug}/?${query.toString()}`;
  const template = a.str('template', 'email/password_reset.html');
  const what = template.includes('password_reset') ? 'reset your password' : 'continue';
  x.state.outbox.add({
    to: String(x.plan.context.email ?? pending.email),
    subject: a.str('subject', 'authentik'),
    body: `Hello ${pending.name || pending.username},\n\nOpen this link to ${what}:\n${url}\n\nThe link expires in ${Math.round(lifetime / 60)} minutes.\n`,
    stage: x.stage.name,
  });
}

const email: StageView = {
  async get(x) {
    const restored = x.plan.context[CTX.restored] as { user: number | null } | undefined;
    if (restored) {
      // Came back through the link: the token must belong to the pending user.
      if (x.pendingUser?.pk == null || restored.user !== x.pendingUser.pk) return x.stageInvalid();
      if (x.stage.a.bool('activate_user_on_success', false)) {
        const user = x.pendingStoredUser;
        if (user) {
          user.is_active = true;
          x.state.users.save();
        }
      }
      return x.stageOk();
    }
    if (!x.pendingUser) return x.stageInvalid('No pending user.');
    if (!x.plan.context[CTX.emailSent]) {
      sendEmail(x);
      x.plan.context[CTX.emailSent] = true;
    }
    return x.challenge({ component: 'ak-stage-email' });
  },
  async post(x) {
    if (x.pendingUser) sendEmail(x);
    return x.challengeInvalid(
      { component: 'ak-stage-email' },
      errors(NON_FIELD, 'email-sent', 'email-sent'),
    );
  },
};

export const STAGE_VIEWS: Record<StageKind, StageView> = {
  identification,
  password,
  prompt,
  user_write: userWrite,
  user_login: userLogin,
  user_logout: userLogout,
  deny,
  redirect,
  dummy,
  authenticator_validate: authenticatorValidate,
  authenticator_totp: authenticatorTotp,
  authenticator_static: authenticatorStatic,
  authenticator_webauthn: authenticatorWebauthn,
  authenticator_email: authenticatorEmail,
  authenticator_sms: authenticatorSms,
  consent,
  email,
};
