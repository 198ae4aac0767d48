// The stage table: challenge component → the module that defines its element (the element's tag
// is the component's name). Every entry loads with import(); the stages every login meets are
// also imported statically below, so they are in the main bundle and their import() resolves at
// once, with no extra request. The final redirect among them: it ends the flow, whose plan the
// server has dropped by then, so a chunk that failed to load could not be asked for again (and
// a browser may keep a failed import() failed). The error stages (flow-error, access-denied)
// load when a flow meets them. test/browser/registry.test.ts proves every entry defines its tag.
import '../redirect/xak-flow-redirect.js';
import '../identification/ak-stage-identification.js';
import '../password/ak-stage-password.js';
import { stageMessages } from '../../locales/locale.js';

/** The stage that names an unknown component. */
const FALLBACK = 'ak-stage-flow-error';

export type StageLoader = () => Promise<unknown>;

/** A stage that shows server HTML renders once the sanitizer is ready (DOMPurify where needed). */
const withSanitizer =
  (load: StageLoader): StageLoader =>
  () =>
    Promise.all([load(), import('./sanitize.js').then((m) => m.sanitizerReady())]);

export const STAGES: Record<string, StageLoader> = {
  'ak-stage-flow-error': () => import('../flow-error/ak-stage-flow-error.js'),
  'ak-stage-access-denied': () => import('../access-denied/ak-stage-access-denied.js'),
  'xak-flow-redirect': () => import('../redirect/xak-flow-redirect.js'),
  'ak-stage-identification': () => import('../identification/ak-stage-identification.js'),
  'ak-stage-password': () => import('../password/ak-stage-password.js'),
  'ak-stage-autosubmit': () => import('../autosubmit/ak-stage-autosubmit.js'),
  'ak-stage-prompt': withSanitizer(() => import('../prompt/ak-stage-prompt.js')),
  'ak-stage-user-login': () => import('../user-login/ak-stage-user-login.js'),
  'ak-stage-consent': () => import('../consent/ak-stage-consent.js'),
  'ak-stage-email': () => import('../email/ak-stage-email.js'),
  'ak-stage-dummy': () => import('../dummy/ak-stage-dummy.js'),
  'ak-stage-session-end': () => import('../session-end/ak-stage-session-end.js'),
  'xak-flow-shell': withSanitizer(() => import('../shell/xak-flow-shell.js')),
  'xak-flow-frame': () => import('../frame/xak-flow-frame.js'),
  'ak-stage-authenticator-validate': () =>
    import('../authenticator-validate/ak-stage-authenticator-validate.js'),
  'ak-stage-authenticator-totp': () =>
    import('../authenticator-totp/ak-stage-authenticator-totp.js'),
  'ak-stage-authenticator-static': () =>
    import('../authenticator-static/ak-stage-authenticator-static.js'),
  'ak-stage-authenticator-webauthn': () =>
    import('../authenticator-webauthn/ak-stage-authenticator-webauthn.js'),
  'ak-stage-authenticator-email': () =>
    import('../authenticator-email/ak-stage-authenticator-email.js'),
  'ak-stage-authenticator-sms': () => import('../authenticator-sms/ak-stage-authenticator-sms.js'),
  'ak-stage-authenticator-duo': () => import('../authenticator-duo/ak-stage-authenticator-duo.js'),
  'ak-stage-captcha': () => import('../captcha/ak-stage-captcha.js'),
  'ak-provider-oauth2-device-code': () =>
    import('../device-code/ak-provider-oauth2-device-code.js'),
  'ak-provider-oauth2-device-code-finish': () =>
    import('../device-code-finish/ak-provider-oauth2-device-code-finish.js'),
  'ak-source-oauth-apple': () => import('../source-apple/ak-source-oauth-apple.js'),
  'ak-source-plex': () => import('../source-plex/ak-source-plex.js'),
  'ak-source-telegram': () => import('../source-telegram/ak-source-telegram.js'),
  'ak-provider-iframe-logout': () => import('../iframe-logout/ak-provider-iframe-logout.js'),
  'ak-provider-saml-native-logout': () =>
    import('../native-logout/ak-provider-saml-native-logout.js'),
  'ak-stage-endpoint-agent': () => import('../endpoint-agent/ak-stage-endpoint-agent.js'),
};

/** What the executor needs of the stage table (handed to its controller, which never imports it). */
export interface StageTable {
  /** Whether the widget has a stage for a component name from the server. */
  has(component: string): boolean;
  /** Defines the stage's element (loading its module if needed); false when there is none. */
  load(component: string): Promise<boolean>;
}

/** Own keys only: a server's `constructor` or `__proto__` is not a stage. */
export function hasStage(component: string): boolean {
  return typeof component === 'string' && Object.hasOwn(STAGES, component);
}

/** Defines the stage and loads its messages in the current locale (both before it renders). */
export async function ensureStage(component: string): Promise<boolean> {
  const known = hasStage(component);
  // The executor names a component it has no stage for with the flow-error stage.
  const tag = known ? component : FALLBACK;
  await Promise.all([customElements.get(tag) || STAGES[tag](), stageMessages(tag)]);
  return known;
}

export const stageTable: StageTable = { has: hasStage, load: ensureStage };
