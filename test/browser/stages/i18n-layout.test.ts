// Every challenge component (the stage registry's table, which holds all of authentik's schema.yml
// ChallengeTypes) rendered through the executor:
// - in the pseudo-locale at 320 px: none of the widget's English messages is left (only what the
//   server sent: the fixture's own strings), and nothing sticks out of the widget sideways;
// - in Arabic: right-to-left and mirrored, each control and the first line of text start at the
//   right edge as far in as they start from the left edge in English.
import { expect } from '@open-wc/testing';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import { root, scenario, stageOf, until } from '../helpers.js';
import { mount } from '../executor/mount.js';
import {
  LOADS_A_SCRIPT,
  expectEverySchemaComponent,
  missingProviderScripts,
  stageComponents,
} from './components.js';
import { loadFixture } from './shared-suite.js';

/** All of them: the auto-posting and redirecting stages are kept on the page below. */
const components = stageComponents();

/** The widget's English messages that the pseudo-locale translates, split at placeholders. */
const fragments = (() => {
  return fetch('/xliff/en-XA.xlf')
    .then((r) => r.text())
    .then((xlf) => {
      const out = new Set<string>();
      for (const [, source] of xlf.matchAll(/<source>([\s\S]*?)<\/source>/g)) {
        for (const part of source!.split(/<x [^>]*\/>/)) {
          const t = part
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&')
            .trim();
          if (t.length >= 6) out.add(t);
        }
      }
      return [...out];
    });
})();

/** Every string in a fixture: the server's texts, which the widget shows as sent. */
function serverStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) serverStrings(v, out);
  return out;
}

/** The text a user meets in a stage, nested shadow roots included, plus labels in attributes. */
function shownText(node: ParentNode): string {
  let text = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += ` ${n.nodeValue}`;
    if (n instanceof Element) {
      if (n.localName === 'style' || n.localName === 'script') return;
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = n.getAttribute(a);
        if (v) text += ` ${v}`;
      }
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(visit);
    }
    n.childNodes.forEach(visit);
  };
  node.childNodes.forEach(visit);
  return text.replace(/\s+/g, ' ');
}

/** Elements that stick out of `box` sideways (inside scrollers only the scroller counts). */
function sticksOut(start: ParentNode, box: DOMRect): string[] {
  const out: string[] = [];
  const visit = (parent: ParentNode) => {
    for (const el of Array.from(parent.children)) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.height > 1 && (r.right > box.right + 2 || r.left < box.left - 2)) {
        out.push(
          `<${el.localName} class="${el.className}"> ${r.left.toFixed(1)}–${r.right.toFixed(1)} ` +
            `in ${box.left.toFixed(1)}–${box.right.toFixed(1)}`,
        );
      }
      if (cs.overflowX !== 'visible') continue;
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  visit(start);
  return out;
}

// Those stages settle in their "could not load" state before anything is measured.
missingProviderScripts();

const realSubmit = HTMLFormElement.prototype.submit;
const keepHere = (e: Event) => e.preventDefault();

async function show(component: string, locale: string, width: string): Promise<AkFlowExecutor> {
  const challenge = await loadFixture(component);
  const again = {
    ...challenge,
    response_errors: { non_field_errors: [{ string: 'Again.', code: 'invalid' }] },
  };
  const s = await scenario({ executor: [{ body: challenge }, { body: again }] });
  const el = await mount({ 'api-path': s.apiPath, locale }, { width });
  if (LOADS_A_SCRIPT.includes(component)) {
    const stage = stageOf(el);
    await until(
      () => !!(stage.shadowRoot ?? stage).querySelector('[role="alert"]'),
      `${component}: its script's failure shown`,
    );
  }
  return el;
}

describe('every stage in the pseudo-locale at 320 px and in Arabic', () => {
  before(() => {
    // Auto-posting stages (autosubmit, SAML POST) would take the test page away.
    HTMLFormElement.prototype.submit = function () {};
    document.addEventListener('ak-flow-redirect', keepHere);
  });
  after(async () => {
    HTMLFormElement.prototype.submit = realSubmit;
    document.removeEventListener('ak-flow-redirect', keepHere);
    await show('ak-stage-dummy', 'en', '400px');
  });

  it('covers every component in schema.yml (30)', () => expectEverySchemaComponent(components));

  for (const component of components) {
    it(`${component}: pseudo-locale, no English of the widget left, nothing sticks out at 320 px`, async () => {
      const el = await show(component, 'en-XA', '320px');
      const stage = stageOf(el);
      await (stage as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      let shown = shownText(root(el));
      for (const s of serverStrings(await loadFixture(component)))
        if (s.trim()) shown = shown.split(s).join(' ');
      const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const left = (await fragments).filter((f) =>
        new RegExp(`(^|[^\\p{L}])${escape(f)}($|[^\\p{L}])`, 'u').test(shown),
      );
      expect(left, `English left: ${shown}`).to.deep.equal([]);
      // The shell and the frame show the server's page: none of the widget's own text.
      if (!['xak-flow-shell', 'xak-flow-frame'].includes(component)) expect(shown).to.contain('⟦');
      const box = el.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(320);
      expect(sticksOut(root(el), box)).to.deep.equal([]);
    });
  }

  /** Where each full-width control and the first start-aligned line of text begin. */
  function starts(el: AkFlowExecutor): { what: string; start: number }[] {
    const card = root(el).querySelector('[part="card"]')!.getBoundingClientRect();
    const rtl = getComputedStyle(root(el).querySelector('[part="layout"]')!).direction === 'rtl';
    const from = (r: DOMRect) => (rtl ? card.right - r.right : r.left - card.left);
    const stage = stageOf(el);
    const content = stage.shadowRoot ?? stage;
    const out: { what: string; start: number }[] = [];
    for (const c of Array.from(
      content.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button'),
    )) {
      const r = c.getBoundingClientRect();
      if (r.width >= card.width * 0.5 && r.height > 1)
        out.push({ what: c.localName, start: from(r) });
    }
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!n.nodeValue?.trim() || !parent) continue;
      const cs = getComputedStyle(parent);
      if (cs.display !== 'block' || !['start', 'left', 'right'].includes(cs.textAlign)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      // The whole text's box: its first fragment may be a left-to-right run (a name, an
      // address) that sits at the left end of a right-to-left line.
      const line = range.getBoundingClientRect();
      if (!line.width) continue;
      out.push({ what: `text in <${parent.localName}>`, start: from(line) });
      break;
    }
    return out;
  }

  for (const component of components) {
    it(`${component}: Arabic is right-to-left and mirrors English`, async () => {
      const en = starts(await show(component, 'en', '600px'));
      const el = await show(component, 'ar', '600px');
      expect(root(el).querySelector('[part="layout"]')!.getAttribute('dir')).to.equal('rtl');
      const ar = starts(el);
      expect(ar.map((s) => s.what)).to.deep.equal(en.map((s) => s.what));
      ar.forEach((s, i) =>
        expect(
          Math.abs(s.start - en[i]!.start),
          `${s.what}: ${s.start} vs ${en[i]!.start}`,
        ).to.be.at.most(2),
      );
    });
  }
});
