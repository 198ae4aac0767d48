// Applications and their OAuth2 providers from blueprints (authentik_core.application,
// authentik_providers_oauth2.oauth2provider, authentik_providers_oauth2.scopemapping): enough to
// run a provider's authorization flow "for an application" as authentik's
// `/application/o/authorize/` does, so the consent stage can show and remember the application.
import { randomBytes } from 'node:crypto';
import { Attrs, MODEL, type Catalog } from '../blueprints/models.js';
import type { ModelObject } from '../blueprints/registry.js';

/** What the plan context holds as `application` (authentik's PLAN_CONTEXT_APPLICATION). */
export interface ApplicationRef {
  pk: string;
  name: string;
  slug: string;
  meta_launch_url: string;
  group: string;
}

/** authentik's PLAN_CONTEXT_PARAMS: the authorization request, kept for the fulfillment. */
export const OAUTH_PARAMS = 'goauthentik.io/providers/oauth2/params';

export interface OAuthParams {
  client_id: string;
  redirect_uri: string;
  state: string;
  scope: string[];
}

/**
 * OAuthFulfillmentStage.create_response_uri (response_mode query): the redirect URI with `code`
 * and `state`. The code is a development stand-in: this server has no token exchange for it.
 */
export function fulfilmentUri(params: OAuthParams): string {
  const uri = new URL(params.redirect_uri);
  uri.searchParams.set('code', `dev-code.${randomBytes(16).toString('hex')}`);
  uri.searchParams.set('state', params.state);
  return uri.href;
}

/** A consent permission: a scope and what it means (ConsentPermissionSerializer). */
export interface Permission {
  id: string;
  name: string;
}

export const applicationRef = (o: ModelObject): ApplicationRef => {
  const a = new Attrs(o.attrs);
  return {
    pk: o.pk,
    name: a.str('name'),
    slug: a.str('slug'),
    meta_launch_url: a.str('meta_launch_url'),
    group: a.str('group'),
  };
};

export function providerByClientId(catalog: Catalog, clientId: string): ModelObject | undefined {
  if (!clientId) return undefined;
  return catalog.registry.find(MODEL.oauth2Provider, [['client_id', clientId]]);
}

/** The application a provider belongs to (Provider.application). */
export function applicationOf(catalog: Catalog, provider: ModelObject): ModelObject | undefined {
  return catalog.registry.byModel(MODEL.application).find((o) => o.attrs.provider === provider.pk);
}

export function applicationBySlug(catalog: Catalog, slug: string): ModelObject | undefined {
  return catalog.registry.find(MODEL.application, [['slug', slug]]);
}

/**
 * Whether a redirect URI is allowed: authentik's `redirect_uris` are a list of
 * `{matching_mode: strict|regex, url}` (older blueprints: one URI per line). None set: any.
 */
export function redirectAllowed(provider: ModelObject, uri: string): boolean {
  const raw = provider.attrs.redirect_uris;
  const entries: { mode: string; url: string }[] = Array.isArray(raw)
    ? raw.map((e) => {
        const entry = (e ?? {}) as { matching_mode?: unknown; url?: unknown };
        return { mode: String(entry.matching_mode ?? 'strict'), url: String(entry.url ?? '') };
      })
    : String(raw ?? '')
        .split('\n')
        .map((url) => url.trim())
        .filter(Boolean)
        .map((url) => ({ mode: 'strict', url }));
  if (!entries.length) return true;
  return entries.some((e) => {
    if (e.mode !== 'regex') return e.url === uri;
    try {
      return new RegExp(`^(?:${e.url})$`).test(uri);
    } catch {
      return false;
    }
  });
}

/**
 * UserInfoView.get_scope_descriptions: the provider's scope mappings for the requested scopes,
 * by scope name, as consent permissions (the description is what the user reads).
 */
export function scopeDescriptions(
  catalog: Catalog,
  provider: ModelObject,
  scopes: string[],
): Permission[] {
  const mappings = new Set(new Attrs(provider.attrs).list('property_mappings').map(String));
  return catalog.registry
    .byModel(MODEL.scopeMapping)
    .filter((m) => mappings.has(m.pk) && scopes.includes(String(m.attrs.scope_name ?? '')))
    .map((m) => ({ id: String(m.attrs.scope_name), name: String(m.attrs.description ?? '') }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
