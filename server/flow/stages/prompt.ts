// authentik's PromptStageView: the prompt fields (21 types), their validation as DRF does it,
// matching passwords, and the stage's validation policies (password and expression policies);
// initial_value and placeholder expressions run as Python (expressions/run.ts).
import { Attrs, MODEL } from '../../blueprints/models.js';
import type { ModelObject } from '../../blueprints/registry.js';
import { evaluatePromptExpression, runExpressionPolicy } from '../../expressions/run.js';
import { isEmailAddress } from '../../model/email.js';
import { NON_FIELD, errors, type ResponseErrors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { tooLong } from '../field-limits.js';
import { CTX, callPolicyFromPython, runPasswordPolicy } from '../plan.js';
import { charField, drfBoolean } from './shared.js';
import { _ } from '../../i18n/index.js';

const CHOICE_TYPES = new Set(['radio-button-group', 'dropdown']);
const FIXED_TYPES = new Set(['hidden', 'static', 'text_read_only', 'text_area_read_only']);
const NO_VALUE_TYPES = new Set(['separator', 'alert_info', 'alert_warning', 'alert_danger']);

interface PromptField {
  object: ModelObject;
  key: string;
  a: Attrs;
  type: string;
  required: boolean;
  order: number;
}

function promptFields(ctx: StageContext): PromptField[] {
  return ctx.stage.a
    .list('fields')
    .map((pk) => ctx.state.catalog.object(pk))
    .filter((o) => o?.model === MODEL.prompt)
    .map((o) => {
      const a = new Attrs(o!.attrs);
      return {
        object: o!,
        key: a.str('field_key'),
        a,
        type: a.str('type', 'text'),
        required: a.bool('required', true),
        order: a.num('order', 0),
      };
    })
    .sort((p, q) => p.order - q.order);
}

/** A prompt's `initial_value`/`placeholder` expression, in Python (PropertyMappingEvaluator). */
async function expressionValue(
  ctx: StageContext,
  field: PromptField,
  attr: 'initial_value' | 'placeholder',
): Promise<{ value: unknown; text: string }> {
  return evaluatePromptExpression(
    ctx.state,
    field.object,
    attr,
    ctx.plan.context,
    ctx.policyInfo,
    (request) => callPolicyFromPython(ctx.state, request),
  );
}

/** The placeholder as authentik sends it: str() of the expression's result. */
async function placeholderText(ctx: StageContext, f: PromptField): Promise<string> {
  if (CHOICE_TYPES.has(f.type)) return '';
  if (!f.a.bool('placeholder_expression', false)) return f.a.str('placeholder');
  return (await expressionValue(ctx, f, 'placeholder')).text;
}

async function choicesOf(
  ctx: StageContext,
  f: PromptField,
): Promise<{ value: string; label: string }[] | null> {
  if (!CHOICE_TYPES.has(f.type)) return null;
  const prompt = (ctx.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  const override = prompt[`${f.key}__choices`];
  const raw =
    override !== undefined
      ? override
      : f.a.bool('placeholder_expression', false)
        ? (await expressionValue(ctx, f, 'placeholder')).value
        : f.a.str('placeholder');
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

async function initialOf(ctx: StageContext, f: PromptField): Promise<string> {
  const prompt = (ctx.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  let value: string;
  if (prompt[f.key] != null) value = String(prompt[f.key]);
  else if (f.a.bool('initial_value_expression', false)) {
    const result = await expressionValue(ctx, f, 'initial_value');
    value = typeof result.value === 'string' ? result.value : result.text;
  } else value = f.a.str('initial_value');
  if (CHOICE_TYPES.has(f.type)) {
    // authentik: a choice field's initial value is one of its choices, else the first.
    const choices = (await choicesOf(ctx, f)) ?? [];
    if (!choices.length) return '';
    if (!choices.some((c) => c.value === value)) return choices[0]!.value;
  }
  return value;
}

async function promptChallenge(ctx: StageContext) {
  const fields = [];
  for (const f of promptFields(ctx)) {
    fields.push({
      field_key: f.key,
      label: f.a.str('label'),
      type: f.type,
      required: f.required,
      placeholder: await placeholderText(ctx, f),
      initial_value: await initialOf(ctx, f),
      order: f.order,
      sub_text: f.a.str('sub_text'),
      choices: await choicesOf(ctx, f),
    });
  }
  return { component: 'ak-stage-prompt', fields };
}

async function validateField(
  ctx: StageContext,
  f: PromptField,
  body: Record<string, unknown>,
): Promise<{ value?: unknown; error?: ResponseErrors }> {
  const key = f.key;
  if (f.type === 'checkbox') {
    const v = body[key];
    if (v === undefined) return { value: false };
    // (A form's unchecked box: "" is false too, as DRF reads an HTML form.)
    const checked = v === '' ? false : drfBoolean(v);
    if (checked !== undefined) return { value: checked };
    return { error: errors(key, _('Must be a valid boolean.')) };
  }
  // Prompt.field(): an initial value is the field's default (not required then, and used when
  // the key is left out). Own keys only: a field may be named `constructor`.
  const initial = await initialOf(ctx, f);
  const raw = Object.hasOwn(body, key) ? body[key] : undefined;
  if (raw === undefined && initial) return { value: initial };
  const own = { [key]: raw };
  switch (f.type) {
    // Not CharFields: nothing is trimmed or blank; "" or "  " is no number, date or choice
    // (DRF's own messages, codes `invalid` and `invalid_choice`).
    case 'number':
    case 'date':
    case 'date-time':
    case 'radio-button-group':
    case 'dropdown': {
      const field = charField(own, key, f.required, true);
      if (field.error || field.value === undefined) return field;
      return typedValue(ctx, f, field.value);
    }
  }
  // CharField: blank allowed only for optional text, text areas and emails, and for the locale;
  // all but text and text areas trim surrounding whitespace (DRF's trim_whitespace).
  const trim = f.type !== 'text' && f.type !== 'text_area';
  const allowBlank =
    f.type === 'ak-locale' || (!f.required && ['text', 'text_area', 'email'].includes(f.type));
  const field = charField(
    typeof raw === 'string' && trim ? { [key]: raw.trim() } : own,
    key,
    f.required,
    allowBlank,
  );
  if (field.error || field.value === undefined) return field;
  const value = field.value;
  if (value === '') return { value };
  return typedValue(ctx, f, value);
}

/** A non-blank value checked by the field's type (DRF's field classes, Prompt.field). */
async function typedValue(
  ctx: StageContext,
  f: PromptField,
  value: string,
): Promise<{ value?: unknown; error?: ResponseErrors }> {
  const key = f.key;
  const long = tooLong(key, value);
  if (long) return { error: long };
  switch (f.type) {
    case 'email':
      return isEmailAddress(value)
        ? { value }
        : { error: errors(key, _('Enter a valid email address.')) };
    case 'number':
      return /^-?\d+$/.test(value.trim())
        ? { value: Number(value) }
        : { error: errors(key, _('A valid integer is required.')) };
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
      const allowed = ((await choicesOf(ctx, f)) ?? []).map((c) => c.value);
      return allowed.includes(value)
        ? { value }
        : { error: errors(key, `"${value}" is not a valid choice.`, 'invalid_choice') };
    }
    case 'file': {
      // InlineFileField: a data: URI, base64-encoded.
      const [, scheme, rest = ''] = /^([a-zA-Z][\w+.-]*):(.*)$/s.exec(value) ?? [];
      if (scheme?.toLowerCase() !== 'data') return { error: errors(key, 'Invalid scheme') };
      const header = rest.split(',', 1)[0]!;
      if (!rest.includes(',') || header.split(';').slice(1).join(';') !== 'base64')
        return { error: errors(key, 'Invalid encoding') };
      return { value };
    }
    case 'username': {
      const pending = ctx.pendingUser;
      const taken = ctx.state.users
        .all()
        .some(
          (u) => u.username === value && !(pending?.pk != null && u.username === pending.username),
        );
      return taken ? { error: errors(key, _('Username is already taken.')) } : { value };
    }
    default:
      return { value };
  }
}

/** Sets `key` as an own property (a field may be named `__proto__`). */
const put = (data: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });

export const prompt: StageView = {
  async get(ctx) {
    return ctx.challenge(await promptChallenge(ctx));
  },
  async post(ctx, body) {
    const fields = promptFields(ctx);
    const data: Record<string, unknown> = {};
    let fieldErrors: ResponseErrors = {};
    for (const f of fields) {
      if (NO_VALUE_TYPES.has(f.type)) continue;
      if (FIXED_TYPES.has(f.type)) {
        // The field's default: for hidden and static fields the placeholder, unless there is
        // an initial value (Prompt.field; PromptChallengeResponse.validate stores field.default).
        const initial = await initialOf(ctx, f);
        const fixed = f.type === 'hidden' || f.type === 'static' ? f.a.str('placeholder') : '';
        put(data, f.key, initial || fixed);
        continue;
      }
      const result = await validateField(ctx, f, body);
      if (result.error) fieldErrors = { ...fieldErrors, ...result.error };
      else if (result.value !== undefined) put(data, f.key, result.value);
    }
    const challenge = await promptChallenge(ctx);
    if (Object.keys(fieldErrors).length) return ctx.challengeInvalid(challenge, fieldErrors);

    const passwords = fields.filter((f) => f.type === 'password');
    // As typed (initial_data), before any trimming.
    if (passwords.length === 2 && new Set(passwords.map((f) => body[f.key])).size > 1) {
      return ctx.challengeInvalid(challenge, errors(NON_FIELD, _("Passwords don't match.")));
    }
    const messages: string[] = [];
    let passing = true;
    // authentik's ListPolicyEngine, mode all; request.context["prompt_data"] is the form data.
    let validated = data;
    for (const pk of ctx.stage.a.list('validation_policies')) {
      const policy = ctx.state.catalog.object(pk);
      if (policy?.model === MODEL.passwordPolicy) {
        const result = await runPasswordPolicy(ctx.state, policy.pk, {
          ...ctx.plan.context,
          [CTX.prompt]: validated,
        });
        passing &&= result.passing;
        messages.push(...result.messages);
      } else if (policy?.model === MODEL.expressionPolicy) {
        const result = await runExpressionPolicy(ctx.state, policy, {
          context: { ...ctx.plan.context, [CTX.prompt]: validated },
          info: ctx.policyInfo,
          obj: { __ak_model__: 'stage', pk: ctx.stage.pk, name: ctx.stage.name },
          failureResult: false,
          callPolicy: (request) => callPolicyFromPython(ctx.state, request),
        });
        passing &&= result.passing;
        messages.push(...result.messages);
        if (result.promptData) validated = result.promptData;
      } else {
        passing = false;
        messages.push(
          `Policy ${String(policy?.attrs.name ?? pk)} cannot run on the reference flow server.`,
        );
      }
    }
    if (!passing) {
      return ctx.challengeInvalid(challenge, {
        [NON_FIELD]: messages.map((m) => ({ string: m, code: 'invalid' })),
      });
    }
    ctx.plan.context[CTX.prompt] = {
      ...((ctx.plan.context[CTX.prompt] as object) ?? {}),
      ...validated,
    };
    return ctx.stageOk();
  },
};
