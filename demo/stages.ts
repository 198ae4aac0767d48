// The stage gallery (demo/stages.html): every stage from its fixture challenge, in shadow DOM and
// in light DOM side by side. Submits are logged below each stage (passwords masked), not sent.
import '../components/stages/kit/registry.js';
import type { StageElement } from '../components/stages/kit/stage-element.js';
import { STAGES, ensureStage } from '../components/stages/kit/registry.js';
import type { Challenge } from '../src/challenges.js';
import { allLocales, direction, sourceLocale, useLocale } from '../components/locales/locale.js';

/** The registry's stages the gallery cannot show in place, and why. */
const NOT_SHOWN = new Set([
  'xak-flow-redirect', // navigates away at once: nothing to show
  'ak-stage-autosubmit', // posts its form at once, which would take the gallery page away
]);
/** The error stages close the gallery (the registry lists them first). */
const LAST = ['ak-stage-access-denied', 'ak-stage-flow-error'];
/** Every stage of the registry, each from its fixture challenge (`data-fixtures` on <body>). */
const COMPONENTS = Object.keys(STAGES)
  .filter((c) => !NOT_SHOWN.has(c))
  .sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)));
const fixtures = new URL(
  document.body.dataset.fixtures ?? '/test/fixtures/challenges/',
  document.baseURI,
);

async function load(component: string): Promise<Challenge> {
  const res = await fetch(new URL(`${component}.json`, fixtures));
  if (!res.ok) throw new Error(`fixture ${component}: HTTP ${res.status}`);
  const challenge = (await res.json()) as Challenge;
  // The frame fixture's page lives with the tests; the build copies it beside the fixtures.
  if (component === 'xak-flow-frame' && !fixtures.pathname.startsWith('/test/')) {
    challenge.url = new URL('frame-child.html', fixtures).href;
  }
  return challenge;
}
const gallery = document.getElementById('gallery')!;
const toc = document.getElementById('toc')!;
const showErrors = document.getElementById('errors') as HTMLInputElement;
const stages: { el: StageElement; challenge: Challenge }[] = [];

/** A copy of the challenge with errors on its first input's field and above the button. */
function withErrors(challenge: Challenge, el: StageElement): Challenge {
  const root = el.shadowRoot ?? el;
  const input = root.querySelector<HTMLInputElement>('input[aria-invalid], select, textarea');
  let key = input?.name;
  if (key === 'username' && challenge.component === 'ak-stage-identification') key = 'uid_field';
  return {
    ...challenge,
    response_errors: {
      non_field_errors: [{ string: 'Something did not work. Please try again.', code: 'invalid' }],
      ...(key ? { [key]: [{ string: 'This value is not valid.', code: 'invalid' }] } : {}),
    },
  };
}

function mask(response: Record<string, unknown>): string {
  return JSON.stringify(
    response,
    (k, v) => (/password/.test(k) && typeof v === 'string' ? '•'.repeat(v.length) : v),
    2,
  );
}

async function show(challenge: Challenge): Promise<void> {
  const component = challenge.component;
  const known = await ensureStage(component);
  const section = document.createElement('section');
  section.id = component;
  const title = document.createElement('h2');
  title.textContent = `<${component}>`;
  const pair = document.createElement('div');
  pair.className = 'pair';
  section.append(title, pair);
  for (const light of [false, true]) {
    const card = document.createElement('div');
    card.className = 'card';
    const label = document.createElement('h3');
    label.textContent = light ? 'Light DOM (compatibility mode)' : 'Shadow DOM';
    const el = document.createElement(known ? component : 'ak-stage-flow-error') as StageElement;
    if (light) el.setAttribute('light-dom', '');
    el.challenge = challenge;
    const log = document.createElement('pre');
    el.addEventListener('ak-stage-submit', (e) => {
      log.textContent = `ak-stage-submit ${mask(e.response)}`;
      setTimeout(() => (el.pending = false), 1200);
    });
    el.addEventListener('ak-stage-restart', (e) => {
      log.textContent = `ak-stage-restart ${e.reason}`;
    });
    el.addEventListener('ak-stage-navigate', (e) => {
      e.handedOver = true;
      log.textContent = `ak-stage-navigate ${e.to}`;
    });
    card.append(label, el, log);
    pair.append(card);
    stages.push({ el, challenge });
  }
  gallery.append(section);
  const link = document.createElement('a');
  link.href = `#${component}`;
  link.textContent = component;
  toc.append(link);
}

// The locale switcher: every shipped locale and the pseudo-locale; the stages re-render in place.
const localeSelect = document.getElementById('locale') as HTMLSelectElement;
for (const locale of allLocales) localeSelect.add(new Option(locale, locale));
localeSelect.value = sourceLocale;
localeSelect.addEventListener('change', async () => {
  const locale = localeSelect.value;
  await useLocale(locale);
  gallery.lang = locale;
  gallery.dir = direction(locale);
});

showErrors.addEventListener('change', () => {
  for (const { el, challenge } of stages) {
    el.challenge = showErrors.checked ? withErrors(challenge, el) : challenge;
  }
});

for (const challenge of await Promise.all(COMPONENTS.map(load))) await show(challenge);
document.body.dataset.ready = 'true';
