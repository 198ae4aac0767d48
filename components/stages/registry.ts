// component → stage. Common stages ship in the main bundle (imported by stages/eager.ts, no
// loader here); rare ones load with import() the first time the server asks for them.
// test/browser/registry.test.ts proves every entry resolves to a defined element.

export interface StageEntry {
  /** The custom element that renders the component. */
  tag: string;
  /** Loads the element's module; absent for stages in the main bundle. */
  load?: () => Promise<unknown>;
}

export const STAGES: Record<string, StageEntry> = {
  'ak-stage-flow-error': { tag: 'ak-stage-flow-error' },
  'ak-stage-access-denied': { tag: 'ak-stage-access-denied' },
  'xak-flow-redirect': { tag: 'xak-flow-redirect' },
  'ak-stage-autosubmit': {
    tag: 'ak-stage-autosubmit',
    load: () => import('./autosubmit/ak-stage-autosubmit.js'),
  },
  'ak-stage-identification': { tag: 'ak-stage-identification' },
  'ak-stage-password': { tag: 'ak-stage-password' },
  'ak-stage-prompt': { tag: 'ak-stage-prompt', load: () => import('./prompt/ak-stage-prompt.js') },
  'ak-stage-user-login': {
    tag: 'ak-stage-user-login',
    load: () => import('./user-login/ak-stage-user-login.js'),
  },
  'ak-stage-consent': {
    tag: 'ak-stage-consent',
    load: () => import('./consent/ak-stage-consent.js'),
  },
  'ak-stage-email': { tag: 'ak-stage-email', load: () => import('./email/ak-stage-email.js') },
  'ak-stage-dummy': { tag: 'ak-stage-dummy', load: () => import('./dummy/ak-stage-dummy.js') },
  'ak-stage-session-end': {
    tag: 'ak-stage-session-end',
    load: () => import('./session-end/ak-stage-session-end.js'),
  },
  'xak-flow-shell': { tag: 'xak-flow-shell', load: () => import('./shell/ak-flow-shell.js') },
  'xak-flow-frame': { tag: 'xak-flow-frame', load: () => import('./frame/ak-flow-frame.js') },
  'ak-stage-authenticator-validate': {
    tag: 'ak-stage-authenticator-validate',
    load: () => import('./authenticator-validate/ak-stage-authenticator-validate.js'),
  },
  'ak-stage-authenticator-totp': {
    tag: 'ak-stage-authenticator-totp',
    load: () => import('./authenticator-totp/ak-stage-authenticator-totp.js'),
  },
  'ak-stage-authenticator-static': {
    tag: 'ak-stage-authenticator-static',
    load: () => import('./authenticator-static/ak-stage-authenticator-static.js'),
  },
  'ak-stage-authenticator-webauthn': {
    tag: 'ak-stage-authenticator-webauthn',
    load: () => import('./authenticator-webauthn/ak-stage-authenticator-webauthn.js'),
  },
  'ak-stage-authenticator-email': {
    tag: 'ak-stage-authenticator-email',
    load: () => import('./authenticator-email/ak-stage-authenticator-email.js'),
  },
  'ak-stage-authenticator-sms': {
    tag: 'ak-stage-authenticator-sms',
    load: () => import('./authenticator-sms/ak-stage-authenticator-sms.js'),
  },
  'ak-stage-authenticator-duo': {
    tag: 'ak-stage-authenticator-duo',
    load: () => import('./authenticator-duo/ak-stage-authenticator-duo.js'),
  },
};

/** The stage for a component name from the server (own keys only: not `constructor`). */
export function stageEntry(component: string): StageEntry | undefined {
  return Object.hasOwn(STAGES, component) ? STAGES[component] : undefined;
}

/** Makes sure the stage for `component` is defined; undefined when the widget has none. */
export async function ensureStage(component: string): Promise<StageEntry | undefined> {
  const entry = stageEntry(component);
  if (entry?.load && !customElements.get(entry.tag)) await entry.load();
  return entry;
}
