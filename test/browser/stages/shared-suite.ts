// One suite, run against every stage (Lion's habit): it renders from a fixture challenge, shows
// server errors at the right place, emits its typed submit event once, passes axe, works in
// light DOM, and renders hostile strings inertly.
import { expect, fixture, html } from '@open-wc/testing';
import type { StageElement } from '../../../components/stages/kit/stage-element.js';
import { StageSubmitEvent } from '../../../components/stages/kit/events.js';
import { ensureStage } from '../../../components/stages/kit/registry.js';
import { hasSanitizerApi, sanitizerReady } from '../../../components/stages/kit/sanitize.js';
import type { AkStagePrompt } from '../../../components/stages/prompt/ak-stage-prompt.js';
import type { StagePrompt } from '../../../components/stages/prompt/types.js';
import type { Challenge } from '../../../src/challenges.js';
import { until } from '../helpers.js';

export const HOSTILE_TEXT = '<img src=x onerror=window.__pwned=1>';
export const HOSTILE_URL = 'javascript:alert(1)';

export interface StageSpec {
  component: string;
  /** What `fill` types and the submit event must carry. */
  expected?: Record<string, unknown>;
  /** Types into the stage; the default submits the fixture as is. */
  fill?: (root: ParentNode, el: StageElement) => void | Promise<void>;
  /** Answers the stage; the default submits its form like Enter would. */
  answer?: (root: ParentNode, el: StageElement) => void | Promise<void>;
  /** A field with its own error list, and the selector of the control that shows it. */
  errorField?: { key: string; control: string };
  /** Inputs that light DOM must expose to password managers: name → autocomplete. */
  inputs?: Record<string, string | null>;
  /** The stage never answers (display only). */
  displayOnly?: boolean;
  /** The stage shows sanitized server HTML, so harmless markup (an `<img>`) may appear. */
  html?: boolean;
}

const fixtures = new Map<string, Challenge>();

export async function loadFixture(component: string): Promise<Challenge> {
  let f = fixtures.get(component);
  if (!f) {
    const res = await fetch(`/test/fixtures/challenges/${component}.json`);
    if (!res.ok) throw new Error(`no fixture for ${component}`);
    f = (await res.json()) as Challenge;
    fixtures.set(component, f);
  }
  return structuredClone(f);
}

/** Renders a stage for a challenge, in shadow DOM or with `light-dom`. */
export async function mountStage<T extends StageElement = StageElement>(
  challenge: Challenge,
  light = false,
): Promise<T> {
  if (!(await ensureStage(challenge.component))) {
    throw new Error(`no stage for ${challenge.component}`);
  }
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(challenge.component) as T;
  if (light) el.setAttribute('light-dom', '');
  el.challenge = challenge;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** A prompt field as authentik sends it (every key present), labelled with its key; `extra` wins. */
export const promptField = (field_key: string, extra: Partial<StagePrompt> = {}): StagePrompt => ({
  field_key,
  label: field_key,
  type: 'text',
  required: false,
  placeholder: '',
  initial_value: '',
  order: 0,
  sub_text: '',
  choices: null,
  ...extra,
});

/** The prompt stage from its fixture challenge, with `fields` instead of the fixture's if given. */
export async function mountPrompt(fields?: StagePrompt[], light = false): Promise<AkStagePrompt> {
  const challenge = await loadFixture('ak-stage-prompt');
  return mountStage<AkStagePrompt>(fields ? { ...challenge, fields } : challenge, light);
}

export function rootOf(el: Element): ParentNode & NonElementParentNode {
  return (el.shadowRoot ?? document) as ParentNode & NonElementParentNode;
}

/** Types into an input, select or textarea like a user: value, then `input` and `change`. */
export function type(root: ParentNode, selector: string, value: string): void {
  const control = root.querySelector<HTMLInputElement>(selector);
  if (!control) throw new Error(`no control ${selector}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Submits the stage's form like pressing Enter. */
export function submitForm(root: ParentNode): void {
  const form = root.querySelector('form');
  if (!form) throw new Error('no form');
  form.requestSubmit();
}

/** Collects the `ak-stage-submit` events a stage fires. */
export function collect(el: HTMLElement): StageSubmitEvent[] {
  const seen: StageSubmitEvent[] = [];
  el.addEventListener('ak-stage-submit', (e) => seen.push(e));
  return seen;
}

/** Time for something that must not happen to happen: only before asserting it did not. */
const tick = () => new Promise((r) => setTimeout(r, 50));

/** Every string in a challenge made hostile: URLs become `javascript:`, text becomes markup. */
export function hostile(value: unknown, key = ''): unknown {
  const keep = ['component', 'type', 'layout', 'flow_designation', 'field_key', 'user_fields'];
  if (keep.includes(key)) return value;
  if (Array.isArray(value)) return value.map((v) => hostile(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
  }
  if (typeof value !== 'string') return value;
  return /url|^to$|avatar/.test(key) ? HOSTILE_URL : HOSTILE_TEXT;
}

function allElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of Array.from(node.querySelectorAll('*'))) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(el.shadowRoot ?? el);
  return out;
}

async function answer(spec: StageSpec, el: StageElement): Promise<void> {
  const root = rootOf(el);
  if (spec.answer) await spec.answer(root, el);
  else submitForm(root);
}

export function runStageSuite(spec: StageSpec): void {
  describe(`${spec.component}: shared stage suite`, () => {
    let challenge: Challenge;
    beforeEach(async () => {
      challenge = await loadFixture(spec.component);
      delete (window as { __pwned?: unknown }).__pwned;
    });

    it('renders its fixture challenge', async () => {
      const el = await mountStage(challenge);
      expect(el.shadowRoot, 'renders into a shadow root by default').to.not.equal(null);
      expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
      expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
    });

    it('shows field errors at the field and non-field errors above the button', async () => {
      const errors: Record<string, { string: string; code: string }[]> = {
        non_field_errors: [{ string: 'The server says no.', code: 'invalid' }],
      };
      if (spec.errorField) {
        errors[spec.errorField.key] = [{ string: 'This field is wrong.', code: 'invalid' }];
      }
      const el = await mountStage({ ...challenge, response_errors: errors });
      const root = rootOf(el);
      const alert = root.querySelector('[role="alert"][part="errors"]');
      expect(alert, 'non-field errors are shown').to.not.equal(null);
      expect(alert!.textContent).to.contain('The server says no.');
      const button = root.querySelector('button[type="submit"]');
      if (button) {
        expect(
          alert!.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING,
          'non-field errors come before the submit button',
        ).to.be.greaterThan(0);
      }
      if (spec.errorField) {
        const control = root.querySelector(spec.errorField.control)!;
        expect(control, spec.errorField.control).to.not.equal(null);
        expect(control.getAttribute('aria-invalid')).to.equal('true');
        const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const texts = ids.map((id) => root.getElementById(id)?.textContent ?? '');
        expect(texts.join(' '), 'aria-describedby resolves to the error text').to.contain(
          'This field is wrong.',
        );
      }
      await expect(el).to.be.accessible();
    });

    if (spec.displayOnly) {
      it('never answers on its own', async () => {
        const el = await mountStage(challenge);
        const seen = collect(el);
        await tick();
        expect(seen).to.have.length(0);
      });
    } else {
      it('emits its typed ak-stage-submit event with the right body', async () => {
        const el = await mountStage(challenge);
        const seen = collect(el);
        await spec.fill?.(rootOf(el), el);
        await el.updateComplete;
        await answer(spec, el);
        await until(() => seen.length > 0, 'the submit event');
        expect(seen).to.have.length(1);
        expect(seen[0]).to.be.instanceOf(StageSubmitEvent);
        expect(seen[0].bubbles && seen[0].composed).to.equal(true);
        expect(seen[0].response).to.deep.equal({ component: spec.component, ...spec.expected });
      });

      it('blocks a second submit while the first is pending, and shows progress', async () => {
        const el = await mountStage(challenge);
        const seen = collect(el);
        await spec.fill?.(rootOf(el), el);
        await answer(spec, el);
        await until(() => el.busy, 'the stage busy');
        await el.updateComplete;
        expect(el.busy).to.equal(true);
        const button = rootOf(el).querySelector('button[type="submit"]');
        if (button) expect(button.getAttribute('aria-disabled')).to.equal('true');
        await answer(spec, el);
        await tick();
        expect(seen).to.have.length(1);
      });

      it('keeps what the user typed when the same stage comes back with errors', async () => {
        const el = await mountStage(challenge);
        const seen = collect(el);
        await spec.fill?.(rootOf(el), el);
        await answer(spec, el);
        await until(() => seen.length > 0, 'the submit event');
        el.challenge = {
          ...challenge,
          response_errors: { non_field_errors: [{ string: 'Try again.', code: 'invalid' }] },
        };
        el.pending = false;
        await el.updateComplete;
        await answer(spec, el);
        await until(() => seen.length === 2, 'the second submit event');
        expect(seen).to.have.length(2);
        expect(seen[1].response).to.deep.equal(seen[0].response);
      });
    }

    it('passes axe', async () => {
      const el = await mountStage(challenge);
      await expect(el).to.be.accessible();
    });

    it('works in light DOM (compatibility mode)', async () => {
      const el = await mountStage(challenge, true);
      expect(el.shadowRoot).to.equal(null);
      expect(el.childElementCount).to.be.greaterThan(0);
      if (!spec.displayOnly && spec.component !== 'xak-flow-frame') {
        const forms = Array.from(document.querySelectorAll('form')).filter((f) => el.contains(f));
        expect(forms, 'a form password managers can see').to.have.length(1);
      }
      for (const [name, autocomplete] of Object.entries(spec.inputs ?? {})) {
        const input = Array.from(document.querySelectorAll(`[name="${name}"]`)).find((i) =>
          el.contains(i),
        );
        expect(input, `input ${name} in light DOM`).to.not.equal(undefined);
        if (autocomplete !== null)
          expect(input!.getAttribute('autocomplete')).to.equal(autocomplete);
      }
      for (const input of Array.from(el.querySelectorAll('input, select, textarea'))) {
        expect(input.getAttribute('name') ?? '', `${input.outerHTML} has a name`).to.not.equal('');
      }
      if (!spec.displayOnly) {
        const seen = collect(el);
        await spec.fill?.(el, el);
        await answer(spec, el);
        await until(() => seen.length > 0, 'the submit event');
        expect(seen).to.have.length(1);
        expect(seen[0].response).to.deep.equal({ component: spec.component, ...spec.expected });
      }
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings inertly', async () => {
      const bad = hostile(challenge) as Challenge;
      bad.response_errors = { non_field_errors: [{ string: HOSTILE_TEXT, code: 'x' }] };
      for (const light of [false, true]) {
        const el = await mountStage(bad, light);
        await tick();
        const all = allElements(el);
        const handlers = all.filter((e) => e.getAttributeNames().some((n) => n.startsWith('on')));
        expect(
          handlers.map((e) => e.outerHTML),
          'no event-handler attributes',
        ).to.deep.equal([]);
        const scripted = all.filter((e) =>
          ['href', 'src', 'action', 'formaction'].some((a) =>
            /^\s*javascript:/i.test(e.getAttribute(a) ?? ''),
          ),
        );
        expect(
          scripted.map((e) => e.outerHTML),
          'no javascript: URLs',
        ).to.deep.equal([]);
        if (!spec.html) {
          const imgs = all.filter((e) => e.localName === 'img' && e.getAttribute('src') === 'x');
          expect(imgs.length, 'no <img> made from text').to.equal(0);
        }
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
        el.parentElement!.remove();
      }
    });
  });
}

/**
 * Runs `body` once per sanitizer path: the browser's HTML Sanitizer API and DOMPurify (the
 * fallback, forced by hiding `setHTML`). A browser without the API skips the native round and
 * says so.
 */
export function forEachSanitizer(body: (path: string) => void): void {
  for (const path of ['Sanitizer API', 'DOMPurify']) {
    describe(`sanitizer: ${path}`, () => {
      let saved: PropertyDescriptor | undefined;
      before(async function () {
        if (path === 'DOMPurify') {
          saved = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
          Object.defineProperty(Element.prototype, 'setHTML', {
            value: undefined,
            configurable: true,
            writable: true,
          });
        } else if (!hasSanitizerApi()) {
          console.warn('This browser has no HTML Sanitizer API: its round is skipped.');
          this.skip();
        }
        await sanitizerReady();
      });
      after(() => {
        if (saved) Object.defineProperty(Element.prototype, 'setHTML', saved);
      });
      body(path);
    });
  }
}
