// Which stages a flow may show first, read from its bindings without running it: the flow page
// preloads their chunks beside the script (http/routes/flow-pages.ts), so a flow that starts on a
// lazy stage (an enrollment's prompt) is two round trips away, like one that starts on the stages
// in the bundle. A hint: a wrong guess costs bytes, never a result; the executor stays the judge.
import type { Catalog, FlowDef, StageKind } from '../blueprints/models.js';

/**
 * The component a stage of this kind answers with when it shows itself. Kinds that act without a
 * challenge of their own (writing or deleting the user, logging out, an invitation) are absent, as
 * is the login stage, which asks only when remember-me is on and comes last anyway.
 */
const COMPONENT: Partial<Record<StageKind, string>> = {
  identification: 'ak-stage-identification',
  password: 'ak-stage-password',
  prompt: 'ak-stage-prompt',
  consent: 'ak-stage-consent',
  email: 'ak-stage-email',
  dummy: 'ak-stage-dummy',
  captcha: 'ak-stage-captcha',
  deny: 'ak-stage-access-denied',
  redirect: 'xak-flow-redirect',
  authenticator_validate: 'ak-stage-authenticator-validate',
  authenticator_totp: 'ak-stage-authenticator-totp',
  authenticator_static: 'ak-stage-authenticator-static',
  authenticator_webauthn: 'ak-stage-authenticator-webauthn',
  authenticator_email: 'ak-stage-authenticator-email',
  authenticator_sms: 'ak-stage-authenticator-sms',
  oauth_device_code: 'ak-provider-oauth2-device-code',
  oauth_device_code_finish: 'ak-provider-oauth2-device-code-finish',
  iframe_logout: 'ak-provider-iframe-logout',
};

/**
 * The components the flow's first shown stage may have, in binding order: every stage that shows
 * itself up to and including the first one bound without policies (which the plan cannot skip).
 * Those bound with policies may be left out of the plan, so the one after them is a candidate too.
 * A flow whose authentication requirement the visitor does not meet shows access denied instead
 * (or redirects, with `denied_action: continue`); a signed-in user's authentication flow is done
 * at once (plan.ts and executor.ts decide the same way).
 */
export function firstStageComponents(catalog: Catalog, flow: FlowDef, signedIn: boolean): string[] {
  const applies =
    flow.authentication === 'require_authenticated' || flow.authentication === 'require_superuser'
      ? signedIn
      : flow.authentication === 'require_unauthenticated'
        ? !signedIn
        : true;
  if (!applies) return flow.denied_action === 'continue' ? [] : ['ak-stage-access-denied'];
  if (flow.designation === 'authentication' && signedIn) return [];
  const components: string[] = [];
  for (const binding of catalog.stageBindings(flow.pk)) {
    const kind = catalog.stage(binding.stage)?.kind;
    const component = kind && COMPONENT[kind];
    if (!component) continue;
    if (!components.includes(component)) components.push(component);
    if (!catalog.policyBindings(binding.pk).some((b) => b.enabled)) break;
  }
  return components;
}
