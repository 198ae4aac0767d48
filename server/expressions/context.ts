// What crosses to the Python worker: JSON snapshots of users (with group names and confirmed
// device types, never secrets), the policies by name, the HTTP request and the plan context, with
// models tagged `__ak_model__` so evaluator.py rebuilds them as objects (User, Model); and the way
// back: plan-context changes an expression made, users turned back into pending users.
import type { Catalog } from '../blueprints/models.js';
import { MODEL } from '../blueprints/models.js';
import { groupsOf } from '../model/groups.js';
import type { User, UserStore } from '../model/users.js';

/** Where users and their groups are looked up. */
export interface Directory {
  users: UserStore;
  catalog: Catalog;
}

/** The plan's pending user (flow/plan.ts PendingUser): stored (`pk`) or only typed (`pk: null`). */
interface PendingLike {
  pk: number | null;
  username: string;
  email: string;
  name: string;
}

/** The request a policy sees (Django's HttpRequest, as far as expressions read it). */
export interface HttpInfo {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  host: string;
  origin: string;
  client_ip: string;
}

/** Who and what a policy evaluation is about, beyond the plan context. */
export interface PolicyRequestInfo {
  /** The logged-in user, if any (else the pending user, else AnonymousUser). */
  user?: User;
  http?: HttpInfo;
}

export function httpInfo(url: URL, method: string, headers: Record<string, string> = {}): HttpInfo {
  const forwarded = headers['x-forwarded-for']?.split(',')[0]?.trim();
  return {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    host: url.host,
    origin: url.origin,
    client_ip: forwarded || '127.0.0.1',
  };
}

const KEY = { pendingUser: 'pending_user', backend: 'user_backend', application: 'application' };

/** A user as evaluator.py's User reads it; `backend` only once a password/passkey was checked. */
export function pythonUser(
  dir: Directory,
  who: PendingLike | User,
  backend?: unknown,
): Record<string, unknown> {
  const stored = who.pk != null ? dir.users.get(who.pk) : undefined;
  const base = stored ?? who;
  const out: Record<string, unknown> = {
    __ak_model__: 'user',
    pk: base.pk,
    username: base.username,
    email: base.email,
    name: base.name,
    groups: [],
    devices: [],
  };
  if (stored) {
    Object.assign(out, {
      uuid: stored.uuid,
      is_active: stored.is_active,
      is_superuser: stored.is_superuser,
      attributes: stored.attributes,
      date_joined: stored.date_joined,
      type: stored.type ?? 'internal',
      path: stored.path ?? 'users',
      groups: groupsOf(dir.catalog, stored),
      devices: (stored.devices ?? [])
        .filter((d) => d.confirmed)
        .map((d) => ({ type: d.type, name: d.name })),
    });
  } else Object.assign(out, { is_active: true, is_superuser: false, attributes: {} });
  if (typeof backend === 'string') out.backend = backend;
  return out;
}

/** The plan context for Python: the pending user as a User, the application as a model. */
export function pythonContext(
  dir: Directory,
  context: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...context };
  const pending = context[KEY.pendingUser] as PendingLike | undefined;
  if (pending && typeof pending === 'object') {
    out[KEY.pendingUser] = pythonUser(dir, pending, context[KEY.backend]);
  }
  const app = context[KEY.application];
  if (app && typeof app === 'object')
    out[KEY.application] = { __ak_model__: 'application', ...app };
  return out;
}

const isUserTag = (v: unknown): v is PendingLike & { __ak_model__: string } =>
  !!v && typeof v === 'object' && (v as { __ak_model__?: unknown }).__ak_model__ === 'user';

/** Applies the plan-context keys an expression changed (a User becomes a pending user again). */
export function applyPlanChanges(
  context: Record<string, unknown>,
  changes: Record<string, unknown> | undefined,
): void {
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (key === KEY.application) continue;
    if (isUserTag(value)) {
      const { pk, username, email, name } = value;
      context[key] = { pk: pk ?? null, username, email: email ?? '', name: name ?? '' };
    } else context[key] = value;
  }
}

/** Everything helpers may look up: users (ak_user_by) and policies by name (ak_call_policy). */
export function snapshotOf(catalog: Catalog, users: UserStore): Record<string, unknown> {
  const policies: Record<string, { model: string; expression?: string }> = {};
  for (const o of catalog.registry.objects) {
    if (!o.model.startsWith('authentik_policies_') || o.model === MODEL.policyBinding) continue;
    const name = String(o.attrs.name ?? o.pk);
    policies[name] = {
      model: o.model,
      ...(o.model === MODEL.expressionPolicy
        ? { expression: String(o.attrs.expression ?? '') }
        : {}),
    };
  }
  return { users: users.all().map((u) => pythonUser({ users, catalog }, u)), policies };
}
