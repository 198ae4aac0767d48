// The shared stage suite, run against every stage this widget renders from a fixture challenge.
import './fakes/turnstile-stub.js';
import '../../../components/stages/kit/registry.js';
import type { AkSourceTelegram } from '../../../components/stages/source-telegram/ak-source-telegram.js';
import type { AkStageCaptcha } from '../../../components/stages/captcha/ak-stage-captcha.js';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import { until } from '../helpers.js';
import { missingProviderScripts } from './components.js';
import { runStageSuite, type } from './shared-suite.js';
import type { StageSpec } from './shared-suite.js';

/** Asks the frame stage's test page (frame-child.html) to post its answer. */
async function askFrame(
  root: ParentNode,
  stage: StageElement & { loaded?: boolean },
): Promise<void> {
  const frame = root.querySelector('iframe');
  if (!frame) throw new Error('no iframe');
  // The frame runs with an opaque origin (its page is same-origin here), so its document cannot be
  // read: wait for the stage to have seen its load event instead.
  await until(() => !!stage.loaded, 'the frame loaded');
  // '*': the only target an opaque origin matches. The suite waits for the answer it asserts.
  frame.contentWindow!.postMessage('send', '*');
}

// The stages show their "could not load" state.
missingProviderScripts();

/** Waits for the captcha's token (the provider answers asynchronously), then submits. */
async function captchaAnswer(root: ParentNode, el: StageElement): Promise<void> {
  const stage = el as AkStageCaptcha;
  await until(() => !!stage.captcha.token, "the captcha's token");
  root.querySelector('form')!.requestSubmit();
}

const specs: StageSpec[] = [
  {
    component: 'ak-stage-identification',
    fill: (root) => {
      type(root, 'input[name="username"]', 'jane@example.com');
      type(root, 'input[name="password"]', 'hunter2');
    },
    expected: { uid_field: 'jane@example.com', password: 'hunter2' },
    errorField: { key: 'uid_field', control: 'input[name="username"]' },
    inputs: { username: 'username', password: 'current-password' },
  },
  {
    component: 'ak-stage-password',
    fill: (root) => type(root, 'input[name="password"]', 'hunter2'),
    expected: { password: 'hunter2' },
    errorField: { key: 'password', control: 'input[name="password"]' },
    inputs: { username: 'username', password: 'current-password' },
  },
  {
    component: 'ak-stage-prompt',
    html: true,
    fill: (root) => {
      type(root, 'input[name="username"]', 'jane');
      type(root, 'input[name="name"]', 'Jane Doe');
      type(root, 'input[name="email"]', 'jane@example.com');
      type(root, 'input[name="password"]', 'correct horse');
      type(root, 'input[name="password_repeat"]', 'correct horse');
      type(root, 'textarea[name="bio"]', 'Hi');
      type(root, 'input[name="age"]', '42');
      root.querySelector<HTMLInputElement>('input[name="newsletter"]')!.click();
      root.querySelector<HTMLInputElement>('input[name="team"][value="red"]')!.click();
      type(root, 'select[name="country"]', 'fr');
      type(root, 'input[name="birthday"]', '1990-02-03');
      type(root, 'input[name="meeting"]', '2026-01-02T10:30');
      type(root, 'select[name="locale"]', 'de');
    },
    expected: {
      username: 'jane',
      name: 'Jane Doe',
      email: 'jane@example.com',
      password: 'correct horse',
      password_repeat: 'correct horse',
      bio: 'Hi',
      employee_id: 'E-1042',
      terms_text: 'Be nice.',
      age: '42',
      newsletter: true,
      team: 'red',
      country: 'fr',
      birthday: '1990-02-03',
      meeting: '2026-01-02T10:30',
      invite: 'inv-77',
      locale: 'de',
    },
    errorField: { key: 'email', control: 'input[name="email"]' },
    inputs: {
      username: 'username',
      email: 'email',
      password: 'new-password',
      password_repeat: 'new-password',
      name: 'name',
      invite: null,
    },
  },
  {
    component: 'ak-stage-user-login',
    expected: { remember_me: true },
  },
  {
    component: 'ak-stage-consent',
    expected: { token: 'consent-token-123' },
  },
  { component: 'ak-stage-email', expected: {} },
  { component: 'ak-stage-dummy', expected: {} },
  { component: 'ak-stage-session-end', displayOnly: true },
  { component: 'xak-flow-shell', displayOnly: true, html: true },
  {
    component: 'xak-flow-frame',
    answer: askFrame,
    expected: {},
  },
  { component: 'ak-stage-captcha', answer: captchaAnswer, expected: { token: 'fake-token' } },
  {
    component: 'ak-provider-oauth2-device-code',
    fill: (root) => type(root, 'input[name="code"]', ' wdjb-mjht '),
    expected: { code: 'WDJBMJHT' },
    errorField: { key: 'code', control: 'input[name="code"]' },
    inputs: { code: 'off' },
  },
  { component: 'ak-provider-oauth2-device-code-finish', displayOnly: true },
  { component: 'ak-source-oauth-apple', displayOnly: true },
  { component: 'ak-source-plex', displayOnly: true },
  {
    component: 'ak-source-telegram',
    answer: (_root, el) =>
      (el as AkSourceTelegram).answer({
        id: 42,
        auth_date: 1700000000,
        hash: 'abc',
        username: 'jane',
      }),
    expected: { id: 42, auth_date: 1700000000, hash: 'abc', username: 'jane' },
  },
  { component: 'ak-provider-iframe-logout', expected: {} },
  { component: 'ak-provider-saml-native-logout', expected: {} },
  { component: 'ak-stage-endpoint-agent', expected: { response: null } },
];

for (const spec of specs) runStageSuite(spec);
