// `GET /api/v3/policies/password/{uuid}/` (schema.yml's PasswordPolicy) and
// `GET /api/v3/core/brands/current/` (CurrentBrand): what the widget reads besides the executor.
import type { Catalog } from '../../blueprints/models.js';
import { passwordPolicyJson } from '../../policy.js';
import type { ServerState } from '../../state.js';
import type { App } from '../env.js';
import { brandFlow } from '../../brand.js';

/** How many bindings and prompt stages use a policy (PasswordPolicy.bound_to). */
function boundTo(catalog: Catalog, policyPk: string): number {
  const objects = catalog.registry.objects;
  return (
    objects.filter((o) => o.attrs.policy === policyPk).length +
    objects.filter(
      (o) =>
        Array.isArray(o.attrs.validation_policies) &&
        o.attrs.validation_policies.includes(policyPk),
    ).length
  );
}

export function policyRoutes(app: App, state: ServerState): void {
  const { catalog } = state;
  app.get('/api/v3/policies/password/:uuid/', (c) => {
    const policy = catalog.passwordPolicies().find((p) => p.pk === c.req.param('uuid'));
    if (!policy) return c.json({ detail: 'No PasswordPolicy matches the given query.' }, 404);
    return c.json(passwordPolicyJson(policy, boundTo(catalog, policy.pk)));
  });

  app.get('/api/v3/core/brands/current/', (c) => {
    const slugOf = (designation: string) => brandFlow(state, designation)?.slug ?? '';
    return c.json({
      matched_domain: new URL(c.req.url).hostname,
      branding_title: state.brandTitle,
      branding_logo: '/assets/logo.svg',
      branding_logo_themed_urls: null,
      branding_favicon: '/assets/logo.svg',
      branding_favicon_themed_urls: null,
      branding_custom_css: '',
      branding_map_tiles: '',
      ui_footer_links: [{ name: 'authentik documentation', href: 'https://docs.goauthentik.io/' }],
      ui_theme: 'automatic',
      flow_authentication: slugOf('authentication'),
      flow_invalidation: slugOf('invalidation'),
      flow_recovery: slugOf('recovery'),
      flow_unenrollment: slugOf('unenrollment'),
      flow_user_settings: '',
      flow_device_code: '',
      default_locale: '',
      flags: { flows_continuous_login: false, flows_refresh_others: false },
    });
  });
}
