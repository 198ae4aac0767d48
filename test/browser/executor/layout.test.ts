import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { FLOW_LAYOUTS } from '../../../src/challenges.js';
import type { FlowLayout } from '../../../src/challenges.js';
import {
  flowInfo,
  flowInstance,
  root,
  scenario,
  stageOf,
  stageRoot,
  testChallenge,
  until,
} from '../helpers.js';
import { mount } from './mount.js';

async function withLayout(layout: FlowLayout, width: string, extra: Record<string, unknown> = {}) {
  const s = await scenario({
    executor: [{ body: testChallenge({ flow_info: flowInfo({ layout, ...extra }) }) }],
  });
  const el = await mount({ 'api-path': s.apiPath }, { width });
  const box = (sel: string) => root(el).querySelector(sel)!.getBoundingClientRect();
  return { el, flow: box('[part="layout"]'), card: box('[part="card"]') };
}

describe('ak-flow-executor: layouts', () => {
  for (const layout of FLOW_LAYOUTS) {
    it(`${layout}: placed by the executor's own width, axe clean`, async () => {
      const { el, flow, card } = await withLayout(layout, '1100px', {
        background: layout.endsWith('frame_background') ? 'https://example.org/page' : '/bg.jpg',
      });
      expect(root(el).querySelector('[part="layout"]')!.getAttribute('data-layout')).to.equal(
        layout,
      );
      const leftGap = card.left - flow.left;
      const rightGap = flow.right - card.right;
      if (layout === 'stacked') expect(Math.abs(leftGap - rightGap)).to.be.below(2);
      if (layout === 'content_left') expect(leftGap).to.be.below(rightGap);
      if (layout === 'content_right') expect(rightGap).to.be.below(leftGap);
      if (layout.startsWith('sidebar_left')) {
        expect(leftGap).to.be.below(1);
        expect(Math.round(card.height)).to.equal(Math.round(flow.height));
      }
      if (layout.startsWith('sidebar_right')) expect(rightGap).to.be.below(1);
      const iframe = root(el).querySelector('iframe');
      if (layout.endsWith('frame_background')) {
        expect(iframe, 'frame layouts show the page in an iframe').to.exist;
        expect(iframe!.getAttribute('sandbox')).to.equal('allow-scripts');
        expect(iframe!.src).to.equal('https://example.org/page');
      } else {
        expect(iframe).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('narrow: every layout centres the card (the container, not the viewport, decides)', async () => {
    for (const layout of ['sidebar_left', 'content_right'] as const) {
      const { flow, card } = await withLayout(layout, '360px');
      expect(Math.abs(card.left - flow.left - (flow.right - card.right))).to.be.below(2);
    }
  });

  it('the layout attribute overrides the flow', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ layout: 'stacked' }) }) }],
    });
    const el = await mount({ 'api-path': s.apiPath, layout: 'sidebar_right' }, { width: '1100px' });
    expect(root(el).querySelector('[part="layout"]')!.getAttribute('data-layout')).to.equal(
      'sidebar_right',
    );
  });
});

describe('ak-flow-executor: background', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('themed backgrounds follow prefers-color-scheme', async () => {
    const s = await scenario({
      executor: [
        {
          body: testChallenge({
            flow_info: flowInfo({
              background: '/plain.png',
              background_themed_urls: { light: '/light.png', dark: '/dark.png' },
            }),
          }),
        },
      ],
    });
    const el = await mount({ 'api-path': s.apiPath });
    const img = root(el).querySelector<HTMLImageElement>('[part="background"] img')!;
    const source = () => (img.currentSrc ? new URL(img.currentSrc).pathname : '');
    await emulateMedia({ colorScheme: 'light' });
    await until(() => source() === '/light.png', 'the light image');
    // The browser re-selects the <picture> source asynchronously after the media change.
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => source() === '/dark.png', `the dark image (now ${source()})`);
  });

  it('a dark background given as a data: URL loads in dark mode', async () => {
    const pixel =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const s = await scenario({
      executor: [
        {
          body: testChallenge({
            flow_info: flowInfo({
              background: '/plain.png',
              background_themed_urls: { light: '/light.png', dark: pixel },
            }),
          }),
        },
      ],
    });
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount({ 'api-path': s.apiPath });
    const img = root(el).querySelector<HTMLImageElement>('[part="background"] img')!;
    await until(
      () => img.currentSrc === pixel && img.complete,
      `the data: image (now ${img.currentSrc})`,
    );
    expect(img.naturalWidth, 'the image decoded').to.equal(1);
  });

  it('falls back to the flow instance background', async () => {
    const s = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ background: undefined }) }) }],
      instance: flowInstance({ background: '/from-instance.jpg' }),
    });
    const el = await mount({ 'api-path': s.apiPath });
    const img = root(el).querySelector<HTMLImageElement>('[part="background"] img')!;
    expect(new URL(img.src).pathname).to.equal('/from-instance.jpg');
  });

  it('a hostile background cannot inject CSS or script', async () => {
    const hostile = 'x.png"); } :host { display: none } .card { display: none } /*';
    const s = await scenario({
      executor: [{ body: testChallenge({ flow_info: flowInfo({ background: hostile }) }) }],
    });
    const el = await mount({ 'api-path': s.apiPath });
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(root(el).querySelector('[part="card"]')!).display).to.equal('flex');
    expect(root(el).querySelector('[style]')).to.equal(null, 'no inline style carries server data');

    const s2 = await scenario({
      executor: [
        { body: testChallenge({ flow_info: flowInfo({ background: 'javascript:alert(1)' }) }) },
      ],
    });
    const el2 = await mount({ 'api-path': s2.apiPath });
    expect(root(el2).querySelector('[part="background"]')).to.equal(null);
  });
});

describe('ak-flow-executor: compatibility mode', () => {
  const instance = (compatibility_mode: boolean) => flowInstance({ compatibility_mode });

  it('renders in light DOM when the flow says so: document.querySelectorAll finds the form', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }], instance: instance(true) });
    const el = await mount({ 'api-path': s.apiPath });
    expect(el.isLightDom).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('*')].every((e) => e.localName === 'slot')).to.equal(
      true,
      'the shadow root only slots',
    );
    // What a password-manager extension does: no shadow roots crossed.
    const forms = [...document.querySelectorAll('form')].filter((f) => el.contains(f));
    expect(forms).to.have.length(1);
    const input = document.querySelector<HTMLInputElement>(
      'ak-flow-executor input[name="username"]',
    )!;
    expect(input.autocomplete).to.equal('username');
    expect(document.querySelector('ak-flow-executor [part="title"]')!.textContent).to.equal(
      'Welcome to the test flow',
    );
    await expect(el).to.be.accessible();
  });

  it('the attribute forces it on, and compatibility-mode="false" forces it off', async () => {
    const s = await scenario({ executor: [{ body: testChallenge() }], instance: instance(false) });
    const on = await mount({ 'api-path': s.apiPath, 'compatibility-mode': true });
    expect(on.isLightDom).to.equal(true);
    expect(stageOf(on).shadowRoot).to.equal(null);
    const s2 = await scenario({ executor: [{ body: testChallenge() }], instance: instance(true) });
    const off = await mount({ 'api-path': s2.apiPath, 'compatibility-mode': 'false' });
    expect(off.isLightDom).to.equal(false);
    expect(stageOf(off).shadowRoot).to.not.equal(null);
  });

  it('looks the same as shadow DOM, takes no host styles and gives none', async () => {
    const host = await fixture(
      html`<div>
        <style>
          input {
            border: 9px solid rgb(255, 0, 0);
          }
          h1 {
            color: rgb(255, 0, 0);
            letter-spacing: 7px;
          }
          .input,
          .button,
          .card {
            padding: 33px;
          }
        </style>
        <input class="input" id="host-input" aria-label="host input" />
        <button class="button" id="host-button">Host</button>
      </div>`,
    );
    const hostInput = host.querySelector('#host-input')!;
    const hostButton = host.querySelector('#host-button')!;
    const before = [
      getComputedStyle(hostInput).cssText,
      getComputedStyle(hostButton).cssText,
    ].join();
    const snapshot = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        border: s.borderTopWidth,
        padding: s.paddingTop,
        color: s.color,
        bg: s.backgroundColor,
        ls: s.letterSpacing,
        font: s.fontSize,
      };
    };

    const s = await scenario({ executor: [{ body: testChallenge() }] });
    const shadow = await mount({ 'api-path': s.apiPath });
    const light = await mount({ 'api-path': s.apiPath, 'compatibility-mode': true });
    host.append(light); // the host page's own styles are in scope now
    await light.updateComplete;
    for (const sel of ['input', 'button', 'label']) {
      expect(snapshot(stageRoot(stageOf(light)).querySelector(sel)!)).to.deep.equal(
        snapshot(stageRoot(stageOf(shadow)).querySelector(sel)!),
        `${sel} looks the same in both modes`,
      );
    }
    for (const part of ['title', 'card']) {
      expect(snapshot(root(light).querySelector(`[part="${part}"]`)!)).to.deep.equal(
        snapshot(root(shadow).querySelector(`[part="${part}"]`)!),
        `${part} looks the same in both modes`,
      );
    }
    // The host page's elements keep their own styles.
    expect(
      [getComputedStyle(hostInput).cssText, getComputedStyle(hostButton).cssText].join(),
    ).to.equal(before);
    expect(getComputedStyle(hostInput).borderTopWidth).to.equal('9px');
  });
});
