// Groups (`authentik_core.group`) and users defined in blueprints (`authentik_core.user`), as
// authentik's blueprints create them: a user's `groups` (group pks), a group's `users` (user
// entries), `parent` groups. Membership answers ak_is_group_member and request.user.ak_groups;
// all_groups() includes parents, as authentik's does.
import { Attrs, type Catalog } from '../blueprints/models.js';
import type { ModelObject } from '../blueprints/registry.js';
import type { Report } from '../report.js';
import type { User, UserStore } from './users.js';

export const GROUP_MODEL = 'authentik_core.group';
export const USER_MODEL = 'authentik_core.user';

/** A group as evaluator.py's Group reads it. */
export interface GroupJson {
  pk: string;
  name: string;
  is_superuser: boolean;
  attributes: Record<string, unknown>;
  parent: string | null;
}

const toJson = (g: ModelObject): GroupJson => {
  const a = new Attrs(g.attrs);
  const attributes = g.attrs.attributes;
  return {
    pk: g.pk,
    name: a.str('name'),
    is_superuser: a.bool('is_superuser', false),
    attributes:
      attributes && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : {},
    parent: a.optStr('parent') ?? null,
  };
};

/** Creates the blueprints' users (unless the username exists) with their direct groups. */
export function seedBlueprintUsers(catalog: Catalog, users: UserStore, report: Report): void {
  const groups = catalog.registry.byModel(GROUP_MODEL);
  for (const o of catalog.registry.byModel(USER_MODEL)) {
    const a = new Attrs(o.attrs);
    const username = a.str('username');
    if (!username) {
      report.warn(`user entry ${o.pk} has no username: not created`);
      continue;
    }
    const attributes = o.attrs.attributes;
    const user = users.seed({
      username,
      name: a.str('name'),
      email: a.str('email'),
      password: a.optStr('password'),
      is_active: a.bool('is_active', true),
      attributes: attributes && typeof attributes === 'object' ? { ...(attributes as object) } : {},
    });
    const member = groups.filter((g) => new Attrs(g.attrs).list('users').includes(o.pk));
    const direct = a.list('groups').filter((pk): pk is string => typeof pk === 'string');
    user.groups = [...new Set([...(user.groups ?? []), ...direct, ...member.map((g) => g.pk)])];
  }
  users.save();
}

/** The user's groups and their ancestors (authentik's User.all_groups()). */
export function groupsOf(catalog: Catalog, user: User | undefined): GroupJson[] {
  const out = new Map<string, GroupJson>();
  const visit = (pk: unknown) => {
    const group = catalog.object(pk);
    if (!group || group.model !== GROUP_MODEL || out.has(group.pk)) return;
    const json = toJson(group);
    out.set(group.pk, json);
    visit(json.parent);
  };
  for (const pk of user?.groups ?? []) visit(pk);
  return [...out.values()];
}
