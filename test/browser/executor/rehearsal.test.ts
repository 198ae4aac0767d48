// Stages rehearsed off-screen while the page is idle (ak-flow-executor's `rehearse`): the first
// stage while the first answer is awaited, the password stage once an identification stage is on
// screen. Each once per page, so this file's first test is the page's first executor (Web Test
// Runner loads each test file in a page of its own).
import { expect } from '@open-wc/testing';
import { flowInfo, root, scenario, settled, stageOf, testChallenge, until } from '../helpers.js';
import '../../../components/flow-executor/ak-flow-executor.js';

/** The executor's shadow root's children added and removed, with whether the stage was there. */
function watch(el: Element) {
  const seen: { added: HTMLElement[]; removed: HTMLElement[]; stageThen: boolean[] } = {
    added: [],
    removed: [],
    stageThen: [],
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n instanceof HTMLElement && n.inert) {
          seen.added.push(n);
          seen.stageThen.push(!!el.shadowRoot!.querySelector('[part="stage-element"]'));
        }
      }
      for (const n of r.removedNodes) if (n instanceof HTMLElement && n.inert) seen.removed.push(n);
    }
  });
  observer.observe(el.shadowRoot!, { childList: true });
  return { seen, stop: () => observer.disconnect() };
}

/** Connects an executor by hand, so an observer is on its shadow root before any idle moment. */
function connect(apiPath: string, attrs: { brand?: boolean } = {}) {
  const el = document.createElement('ak-flow-executor');
  el.slug = 'test-flow';
  el.apiPath = apiPath;
  el.brand = !!attrs.brand;
  document.body.append(el);
  return { el, ...watch(el) };
}

describe('ak-flow-executor: stages rehearsed off-screen while the page is idle', () => {
  it('renders a hidden, inert stand-in once, before the answer, and leaves nothing of it', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 1500 }] });
    const { el, seen, stop } = connect(s.apiPath, { brand: true });
    const challenges: Event[] = [];
    el.addEventListener('ak-flow-challenge', (e) => challenges.push(e));
    await until(() => seen.removed.length > 0, 'the rehearsal to come and go');
    // Before the answer: nothing of the flow is drawn yet, and the stand-in is gone again.
    expect(seen.added).to.have.length(1);
    expect(seen.stageThen).to.deep.equal([false]);
    const [box] = seen.added;
    expect(seen.removed).to.deep.equal([box]);
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(box.style.visibility).to.equal('hidden');
    // Its shadow root is closed: no script of the page (or a password manager's) reaches its form.
    expect(box.shadowRoot).to.equal(null);
    expect(challenges, 'no stage event for the stand-in').to.have.length(0);
    expect(root(el).querySelector('[part="card"]'), 'nothing drawn yet').to.equal(null);
    // It asked for nothing: no brand (the real one waits for the answer), no image, no challenge.
    const asked = (await s.log()).map((r) => new URL(r.url, location.href).pathname);
    expect(asked.filter((p) => !/\/flows\/(executor|instances)\//.test(p))).to.deep.equal([]);
    expect(asked.filter((p) => p.includes('/flows/executor/'))).to.have.length(1);
    expect(
      performance.getEntriesByType('resource').filter((e) => /\.(svg|png|jpe?g)$/.test(e.name)),
    ).to.deep.equal([]);

    await settled(el);
    stop();
    expect(stageOf(el).localName).to.equal('ak-stage-test');
    expect(challenges).to.have.length(1);
    expect(seen.added, 'rehearsed once').to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[inert]')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('does not rehearse the first stage again for another executor on the same page', async () => {
    const s = await scenario({ executor: [{ body: testChallenge(), delay: 600 }] });
    const { el, seen, stop } = connect(s.apiPath);
    await settled(el);
    await new Promise((idle) => requestIdleCallback(idle));
    stop();
    expect(seen.added).to.have.length(0);
    expect(stageOf(el).localName).to.equal('ak-stage-test');
    el.remove();
  });

  it('rehearses the password stage once an identification stage is on screen, once', async () => {
    const identification = {
      component: 'ak-stage-identification',
      flow_info: flowInfo(),
      user_fields: ['username'],
      password_fields: false,
      flow_designation: 'authentication',
      primary_action: 'Log in',
      show_source_labels: false,
    };
    const s = await scenario({ executor: [{ body: identification }] });
    const { el, seen, stop } = connect(s.apiPath);
    await settled(el);
    const focused = el.shadowRoot!.activeElement;
    await until(() => seen.removed.length > 0, 'the rehearsal to come and go');
    expect(seen.stageThen, 'while the identification stage is on screen').to.deep.equal([true]);
    expect(seen.removed).to.deep.equal(seen.added);
    expect(stageOf(el).localName).to.equal('ak-stage-identification');
    expect(el.shadowRoot!.activeElement, 'focus stays').to.equal(focused);
    expect(el.shadowRoot!.querySelectorAll('[inert]')).to.have.length(0);

    // Another identification stage on the page: the password stage is rehearsed already.
    const s2 = await scenario({ executor: [{ body: identification }] });
    const again = connect(s2.apiPath);
    await settled(again.el);
    await new Promise((idle) => requestIdleCallback(idle));
    again.stop();
    stop();
    expect(again.seen.added).to.have.length(0);
    el.remove();
    again.el.remove();
  });
});
