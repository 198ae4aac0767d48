// The blueprint models the reference server understands, with authentik's model defaults, and a
// Catalog to look flows, bindings, stages and policies up in a loaded Registry.
import type { ModelObject, Registry } from './registry.js';

export const MODEL = {
  flow: 'authentik_flows.flow',
  stageBinding: 'authentik_flows.flowstagebinding',
  policyBinding: 'authentik_policies.policybinding',
  prompt: 'authentik_stages_prompt.prompt',
  passwordPolicy: 'authentik_policies_password.passwordpolicy',
  expressionPolicy: 'authentik_policies_expression.expressionpolicy',
  metaApply: 'authentik_blueprints.metaapplyblueprint',
  invitation: 'authentik_stages_invitation.invitation',
  group: 'authentik_core.group',
  user: 'authentik_core.user',
  reputationPolicy: 'authentik_policies_reputation.reputationpolicy',
  application: 'authentik_core.application',
  oauth2Provider: 'authentik_providers_oauth2.oauth2provider',
  scopeMapping: 'authentik_providers_oauth2.scopemapping',
} as const;

/** The SMS setup stage's model (its devices are told apart from email ones by it). */
export const SMS_STAGE_MODEL = 'authentik_stages_authenticator_sms.authenticatorsmsstage';

export const STAGE_KINDS = {
  'authentik_stages_identification.identificationstage': 'identification',
  'authentik_stages_password.passwordstage': 'password',
  'authentik_stages_prompt.promptstage': 'prompt',
  'authentik_stages_user_write.userwritestage': 'user_write',
  'authentik_stages_user_login.userloginstage': 'user_login',
  'authentik_stages_user_logout.userlogoutstage': 'user_logout',
  'authentik_stages_deny.denystage': 'deny',
  'authentik_stages_consent.consentstage': 'consent',
  'authentik_stages_email.emailstage': 'email',
  'authentik_stages_redirect.redirectstage': 'redirect',
  'authentik_stages_authenticator_validate.authenticatorvalidatestage': 'authenticator_validate',
  'authentik_stages_dummy.dummystage': 'dummy',
  'authentik_stages_authenticator_totp.authenticatortotpstage': 'authenticator_totp',
  'authentik_stages_authenticator_static.authenticatorstaticstage': 'authenticator_static',
  'authentik_stages_authenticator_webauthn.authenticatorwebauthnstage': 'authenticator_webauthn',
  'authentik_stages_authenticator_email.authenticatoremailstage': 'authenticator_email',
  [SMS_STAGE_MODEL]: 'authenticator_sms',
  'authentik_stages_captcha.captchastage': 'captcha',
  // The reference server's own: authentik injects these into its device-code and logout flows.
  'reference_server.oauthdevicecodestage': 'oauth_device_code',
  'reference_server.oauthdevicecodefinishstage': 'oauth_device_code_finish',
  'reference_server.iframelogoutstage': 'iframe_logout',
  'authentik_stages_invitation.invitationstage': 'invitation',
  'authentik_stages_user_delete.userdeletestage': 'user_delete',
} as const;
/** `email_token_consent`: a stage only the server inserts into a plan (see IN_MEMORY_STAGE). */
export type StageKind = (typeof STAGE_KINDS)[keyof typeof STAGE_KINDS] | 'email_token_consent';

/**
 * authentik's in_memory_stage: a stage view put into a plan with no stage object behind it. Its pk
 * (this prefix and its kind) names it; `catalog.stage` makes up the rest. No blueprint declares one.
 */
export const IN_MEMORY_STAGE = 'in-memory:';
const IN_MEMORY_NAMES: Partial<Record<StageKind, string>> = {
  // authentik/stages/email/flow.py
  email_token_consent: 'EmailTokenRevocationConsentStageView',
};

export const SUPPORTED_MODELS = new Set<string>([
  ...Object.values(MODEL),
  ...Object.keys(STAGE_KINDS),
]);

/** Typed reads of an object's attrs, falling back to authentik's model defaults. */
export class Attrs {
  constructor(readonly attrs: Record<string, unknown>) {}
  str(key: string, fallback = ''): string {
    const v = this.attrs[key];
    return typeof v === 'string' ? v : v === undefined || v === null ? fallback : String(v);
  }
  optStr(key: string): string | undefined {
    const v = this.attrs[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
  }
  bool(key: string, fallback: boolean): boolean {
    const v = this.attrs[key];
    return typeof v === 'boolean' ? v : fallback;
  }
  num(key: string, fallback: number): number {
    const v = Number(this.attrs[key]);
    return this.attrs[key] === undefined || Number.isNaN(v) ? fallback : v;
  }
  list(key: string): unknown[] {
    const v = this.attrs[key];
    return Array.isArray(v) ? v : [];
  }
}

export interface FlowDef {
  pk: string;
  slug: string;
  name: string;
  title: string;
  designation: string;
  background: string;
  layout: string;
  compatibility_mode: boolean;
  denied_action: string;
  authentication: string;
  policy_engine_mode: 'all' | 'any';
}

export interface StageDef {
  pk: string;
  model: string;
  /** undefined: a model the reference server does not run. */
  kind: StageKind | undefined;
  name: string;
  a: Attrs;
}

export interface StageBindingDef {
  pk: string;
  order: number;
  stage: string;
  evaluate_on_plan: boolean;
  re_evaluate_policies: boolean;
  invalid_response_action: 'retry' | 'restart' | 'restart_with_context';
  policy_engine_mode: 'all' | 'any';
}

export interface PolicyBindingDef {
  pk: string;
  order: number;
  policy?: string;
  user?: unknown;
  group?: unknown;
  negate: boolean;
  enabled: boolean;
  failure_result: boolean;
  timeout: number;
}

/** Prefix of the plan entry of an inserted stage: `inserted:<stage pk>` (no binding object). */
export const INSERTED_BINDING = 'inserted:';

const engineMode = (a: Attrs): 'all' | 'any' =>
  a.str('policy_engine_mode') === 'all' ? 'all' : 'any';

export class Catalog {
  constructor(readonly registry: Registry) {}

  flows(): FlowDef[] {
    return this.registry.byModel(MODEL.flow).map(toFlow);
  }

  flowBySlug(slug: string): FlowDef | undefined {
    return this.flows().find((f) => f.slug === slug);
  }

  flowByPk(pk: unknown): FlowDef | undefined {
    return this.flows().find((f) => f.pk === pk);
  }

  /** The first flow of a designation, by slug (authentik's fallback for defaults). */
  flowByDesignation(designation: string): FlowDef | undefined {
    return this.flows()
      .filter((f) => f.designation === designation)
      .sort((a, b) => a.slug.localeCompare(b.slug))[0];
  }

  stageBindings(flowPk: string): StageBindingDef[] {
    return this.registry
      .byModel(MODEL.stageBinding)
      .filter((o) => o.attrs.target === flowPk)
      .map((o) => {
        const a = new Attrs(o.attrs);
        const action = a.str('invalid_response_action', 'retry');
        return {
          pk: o.pk,
          order: a.num('order', 0),
          stage: a.str('stage'),
          evaluate_on_plan: a.bool('evaluate_on_plan', false),
          re_evaluate_policies: a.bool('re_evaluate_policies', true),
          invalid_response_action:
            action === 'restart' || action === 'restart_with_context' ? action : 'retry',
          policy_engine_mode: engineMode(a),
        } satisfies StageBindingDef;
      })
      .sort((x, y) => x.order - y.order);
  }

  /** The first password policy a prompt stage of the flow validates with, for the live checklist. */
  flowPasswordPolicy(flowPk: string): ModelObject | undefined {
    for (const binding of this.stageBindings(flowPk)) {
      for (const pk of this.stage(binding.stage)?.a.list('validation_policies') ?? []) {
        const policy = this.object(pk);
        if (policy?.model === MODEL.passwordPolicy) return policy;
      }
    }
    return undefined;
  }

  stageBinding(flowPk: string, pk: string): StageBindingDef | undefined {
    // A stage the authenticator validation stage inserted into the plan (FlowPlan.insert_stage).
    if (pk.startsWith(INSERTED_BINDING)) {
      return {
        pk,
        order: 0,
        stage: pk.slice(INSERTED_BINDING.length),
        evaluate_on_plan: false,
        re_evaluate_policies: false,
        invalid_response_action: 'retry',
        policy_engine_mode: 'any',
      };
    }
    return this.stageBindings(flowPk).find((b) => b.pk === pk);
  }

  stage(pk: unknown): StageDef | undefined {
    if (typeof pk === 'string' && pk.startsWith(IN_MEMORY_STAGE)) {
      const kind = pk.slice(IN_MEMORY_STAGE.length) as StageKind;
      const name = Object.hasOwn(IN_MEMORY_NAMES, kind) ? IN_MEMORY_NAMES[kind] : undefined;
      return name ? { pk, model: 'in_memory_stage', kind, name, a: new Attrs({}) } : undefined;
    }
    const o = this.registry.get(pk);
    if (!o) return undefined;
    const a = new Attrs(o.attrs);
    return {
      pk: o.pk,
      model: o.model,
      kind: (STAGE_KINDS as Record<string, StageKind>)[o.model],
      name: a.str('name'),
      a,
    };
  }

  policyBindings(targetPk: string): PolicyBindingDef[] {
    return this.registry
      .byModel(MODEL.policyBinding)
      .filter((o) => o.attrs.target === targetPk)
      .map((o) => {
        const a = new Attrs(o.attrs);
        return {
          pk: o.pk,
          order: a.num('order', 0),
          policy: a.optStr('policy'),
          user: o.attrs.user ?? undefined,
          group: o.attrs.group ?? undefined,
          negate: a.bool('negate', false),
          enabled: a.bool('enabled', true),
          failure_result: a.bool('failure_result', false),
          timeout: a.num('timeout', 30),
        };
      })
      .sort((x, y) => x.order - y.order);
  }

  object(pk: unknown): ModelObject | undefined {
    return this.registry.get(pk);
  }

  passwordPolicies(): ModelObject[] {
    return this.registry.byModel(MODEL.passwordPolicy);
  }
}

function toFlow(o: ModelObject): FlowDef {
  const a = new Attrs(o.attrs);
  return {
    pk: o.pk,
    slug: a.str('slug'),
    name: a.str('name', a.str('slug')),
    title: a.str('title', a.str('name')),
    designation: a.str('designation', 'authentication'),
    background: a.str('background'),
    layout: a.str('layout', 'stacked'),
    compatibility_mode: a.bool('compatibility_mode', false),
    denied_action: a.str('denied_action', 'message_continue'),
    authentication: a.str('authentication', 'none'),
    policy_engine_mode: engineMode(a),
  };
}
