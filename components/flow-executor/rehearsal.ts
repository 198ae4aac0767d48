// What the executor rehearses off-screen (AkFlowExecutor.rehearse) while the page is idle: before
// a flow's first answer, the stage most flows start with; once a stage is on screen, the stage
// likely to follow it. Lit prepares each template once per page, a stylesheet is parsed once,
// and a font is matched and shaped once per size and weight, so a rehearsed stage renders in
// about half the time when its answer comes (`npm run bench`).
import type { Challenge } from '../../src/challenges.js';
import type { IdentificationChallenge } from '../stages/identification/types.js';
import type { PasswordChallenge } from '../stages/password/types.js';
import type { FlowController } from './flow-controller.js';

/** What the card is drawn from: the flow's controller, or a stand-in. */
export type FlowView = Pick<
  FlowController,
  | 'flowInfo'
  | 'instance'
  | 'challenge'
  | 'error'
  | 'startedOver'
  | 'pending'
  | 'background'
  | 'stageKey'
  | 'submitting'
>;

/** A stand-in card showing `challenge`. Its text is never on screen. */
const standIn = (challenge: Challenge): FlowView => ({
  flowInfo: { title: 'Welcome', layout: 'stacked', cancel_url: '' },
  instance: null,
  challenge,
  error: undefined,
  startedOver: false,
  pending: false,
  background: false,
  stageKey: -1,
  submitting: false,
});

/**
 * Before a flow's first answer: an identification stage, which authentik's default
 * authentication, recovery and passwordless flows start with. No password field in it: no
 * password manager has anything to look at.
 */
export const FIRST_STAGE = standIn({
  component: 'ak-stage-identification',
  user_fields: ['username', 'email'],
  password_fields: false,
  flow_designation: 'authentication',
  primary_action: 'Log in',
  sources: [],
  show_source_labels: false,
  enroll_url: '#',
  recovery_url: '#',
} satisfies IdentificationChallenge);

const PASSWORD_STAGE = standIn({
  component: 'ak-stage-password',
  pending_user: 'user',
  pending_user_avatar: '',
  recovery_url: '#',
  allow_show_password: true,
} satisfies PasswordChallenge);

/**
 * The stage likely to follow `challenge`, to rehearse while the user reads and fills in this
 * one: the password stage after an identification stage that asks for no password, as in
 * authentik's default authentication flow.
 */
export function likelyNext(challenge: Challenge): FlowView | undefined {
  if (challenge.component === 'ak-stage-identification' && !challenge.password_fields) {
    return PASSWORD_STAGE;
  }
  return undefined;
}

/** The stand-ins rehearsed on this page: what a rehearsal prepares is page-wide, so once each. */
export const rehearsed = new Set<FlowView>();

/** `fn` when the page is idle next (soon after, where requestIdleCallback is missing). */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn);
  else setTimeout(fn, 1);
}

/**
 * Where a rehearsal renders: a hidden, inert box, out of the accessibility tree and of every
 * form, whose content is in a closed shadow root (no password manager or page script sees into
 * it), appended to `parent`. The caller removes the box, in the same task.
 */
export function rehearsalBox(parent: ParentNode): { box: HTMLElement; root: ShadowRoot } {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.cssText =
    'position:fixed;top:0;left:0;width:100%;height:100%;visibility:hidden;overflow:hidden;contain:strict;pointer-events:none';
  const root = box.attachShadow({ mode: 'closed' });
  parent.append(box);
  return { box, root };
}
