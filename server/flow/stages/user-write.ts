// authentik's UserWriteStageView: creates or updates the pending user from the prompt data.
import type { User } from '../../model/users.js';
import { firstTooLong } from '../field-limits.js';
import { CTX, toPending } from '../plan.js';
import { action } from './shared.js';
import { _ } from '../../i18n/index.js';

const USER_FIELDS = new Set(['username', 'name', 'email']);

export const userWrite = action(async (ctx) => {
  const a = ctx.stage.a;
  const data = (ctx.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  const mode = a.str('user_creation_mode', 'create_when_required');
  // A value longer than its column: authentik's save fails, and it answers so.
  if (firstTooLong(data)) return ctx.stageInvalid('Failed to update user. Please try again later.');
  let user: User | undefined = mode === 'always_create' ? undefined : ctx.pendingStoredUser;
  if (!user) {
    if (mode === 'never_create')
      return ctx.stageInvalid("No user found and can't create new user.");
    const username = typeof data.username === 'string' ? data.username : '';
    if (!username || ctx.state.users.byUsername(username)) {
      return ctx.stageInvalid(_('Failed to update user. Please try again later.'));
    }
    user = await ctx.state.users.create({
      username,
      is_active: !a.bool('create_users_as_inactive', false),
      ...newUserKind(ctx.plan.context, a),
    });
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'password') {
      if (typeof value === 'string' && value) await ctx.state.users.setPassword(user, value);
    } else if (USER_FIELDS.has(key)) {
      (user as unknown as Record<string, unknown>)[key] = String(value ?? '');
    } else if (key === 'attributes' && isPlainObject(value)) {
      Object.assign(user.attributes, value);
    } else if (key.startsWith('attributes.') || key.startsWith('attributes_')) {
      writeAttribute(user.attributes, key, value);
    } else if (!key.startsWith('password')) {
      user.attributes[key] = value;
    }
  }
  ctx.state.users.save();
  ctx.plan.context[CTX.pendingUser] = toPending(user);
  return ctx.stageOk();
});

const USER_TYPES = new Set(['internal', 'external', 'service_account', 'internal_service_account']);

/**
 * authentik's ensure_user: the new user's path from the plan's `user_path` or the stage's
 * `user_path_template` ("" is User.default_path(), "users"), and its type from the plan's
 * `user_type` or the stage's `user_type` (default external); an internal service account is
 * written as a service account.
 */
export function newUserKind(
  context: Record<string, unknown>,
  a: { str(key: string, fallback?: string): string },
): { type: string; path: string } {
  const path =
    typeof context.user_path === 'string' ? context.user_path : a.str('user_path_template', '');
  const requested = typeof context.user_type === 'string' ? context.user_type : undefined;
  let type = requested && USER_TYPES.has(requested) ? requested : a.str('user_type', 'external');
  if (type === 'internal_service_account') type = 'service_account';
  return { type, path: path || 'users' };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names that would reach Object.prototype instead of the user's attributes. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * authentik's UserWriteStageView.write_attribute: `attributes.settings.locale` (and, as authentik
 * does, `attributes_settings_locale`: underscores are dots there too) is written nested, creating
 * the dictionaries on the way (set_path_in_dict).
 */
export function writeAttribute(attributes: Record<string, unknown>, key: string, value: unknown) {
  let parts = key.replace(/_/g, '.').split('.');
  if (parts[0] === 'attributes') parts = parts.slice(1);
  if (!parts.length || parts.some((p) => UNSAFE.has(p))) return;
  let node = attributes;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (!isPlainObject(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}
