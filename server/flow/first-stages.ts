// Which stages a flow may show first, read from its bindings (or the visitor's saved plan) without
// running it: the flow page preloads their chunks beside the script (http/routes/flow-pages.ts),
// so a flow that starts on a lazy stage (an enrollment's prompt) is two round trips away, like one
// that starts on the stages in the bundle. A hint: a wrong guess costs bytes, never a result; the
// executor stays the judge.
import type { Catalog, FlowDef, StageKind } from '../blueprints/models.js';
import type { User } from '../model/users.js';
import { authenticationDenial } from './plan.js';
import type { Plan } from './plan.js';

const DENIED = 'ak-stage-access-denied';

/**
 * The component a stage of this kind answers with when it shows itself. Kinds that act without a
 * challenge of their own (writing or deleting the user, logging out) are absent, as is the login
 * stage, which asks only when remember-me is on and comes last anyway. The invitation stage is
 * handled apart: it shows access denied only without an invitation.
 */
const COMPONENT: Partial<Record<StageKind, string>> = {
  identification: 'ak-stage-identification',
  password: 'ak-stage-password',
  prompt: 'ak-stage-prompt',
  consent: 'ak-stage-consent',
  // The confirmation an emailed link opens on (stages/email.ts).
  email_token_consent: 'ak-stage-consent',
  email: 'ak-stage-email',
  dummy: 'ak-stage-dummy',
  captcha: 'ak-stage-captcha',
  deny: DENIED,
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

/** A binding still to run: its stage, and whether its policies may still leave it out. */
interface Step {
  stage: string;
  skippable: boolean;
}

export interface Visitor {
  /** The signed-in user of the page's request, if any. */
  user?: User;
  /** The session's plan for this flow, when the visitor is in the middle of it (a reload). */
  plan?: Plan;
}

/**
 * The components the flow's first shown stage may have, in order: every stage that shows itself
 * up to and including the first one nothing can leave out. A binding with policies that are
 * evaluated (on planning, or again before it runs) may be skipped, so the next one is a candidate
 * too; so may an invitation stage, which denies only a visitor without an invitation. A visitor in
 * the middle of the flow resumes at the saved plan's next binding. A flow whose authentication
 * requirement turns the visitor away answers access denied, or redirects (`denied_action:
 * continue`, or a signed-in user's authentication flow, which is then done), as the executor does.
 */
export function firstStageComponents(catalog: Catalog, flow: FlowDef, visitor: Visitor): string[] {
  if (authenticationDenial(flow, visitor.user) !== undefined) {
    if (flow.designation === 'authentication' && visitor.user) return [];
    return flow.denied_action === 'continue' ? [] : [DENIED];
  }
  const steps: Step[] =
    visitor.plan?.flowPk === flow.pk
      ? visitor.plan.bindings.flatMap((pk, i) => {
          const binding = catalog.stageBinding(flow.pk, pk);
          return binding
            ? [{ stage: binding.stage, skippable: !!visitor.plan?.reevaluate[i] }]
            : [];
        })
      : catalog.stageBindings(flow.pk).map((binding) => ({
          stage: binding.stage,
          skippable:
            (binding.evaluate_on_plan || binding.re_evaluate_policies) &&
            catalog.policyBindings(binding.pk).some((b) => b.enabled),
        }));
  const components: string[] = [];
  for (const step of steps) {
    const stage = catalog.stage(step.stage);
    let component = stage?.kind && COMPONENT[stage.kind];
    let skippable = step.skippable;
    if (stage?.kind === 'invitation') {
      if (stage.a.bool('continue_flow_without_invitation', false)) continue;
      component = DENIED;
      skippable = true;
    }
    if (!component) continue;
    if (!components.includes(component)) components.push(component);
    if (!skippable) break;
  }
  return components;
}
