import { expect } from '@open-wc/testing';
import { collect, forEachSanitizer, loadFixture, mountStage, rootOf } from './shared-suite.js';
import { until } from '../helpers.js';

describe('ak-stage-user-login', () => {
  it('"No" answers remember_me false', async () => {
    const el = await mountStage(await loadFixture('ak-stage-user-login'));
    const seen = collect(el);
    rootOf(el).querySelector<HTMLButtonElement>('button[part="decline"]')!.click();
    expect(seen[0].response).to.deep.equal({
      component: 'ak-stage-user-login',
      remember_me: false,
    });
  });

  for (const [pressed, other] of [
    ['decline', 'submit'],
    ['submit', 'decline'],
  ]) {
    it(`the progress shows on the button pressed (${pressed === 'submit' ? 'Yes' : 'No'})`, async () => {
      const el = await mountStage(await loadFixture('ak-stage-user-login'));
      collect(el);
      const button = (part: string) =>
        rootOf(el).querySelector<HTMLButtonElement>(`button[part="${part}"]`)!;
      button(pressed).click();
      el.pending = true;
      await el.updateComplete;
      expect(button(pressed).querySelector('.spinner'), 'a spinner on it').to.not.equal(null);
      expect(button(pressed).textContent).to.contain('Working…');
      expect(button(other).querySelector('.spinner'), 'none on the other').to.equal(null);
      expect(button(other).getAttribute('aria-disabled')).to.equal('true');
      // The other button pressed while the answer is on its way changes nothing.
      button(other).click();
      el.requestUpdate();
      await el.updateComplete;
      expect(button(pressed).querySelector('.spinner'), 'still on the one pressed').to.not.equal(
        null,
      );
      expect(button(other).querySelector('.spinner')).to.equal(null);
    });
  }
});

describe('ak-stage-email', () => {
  it("shows authentik's email-sent signal as a confirmation, not as an error", async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-email')),
      response_errors: { non_field_errors: [{ string: 'email-sent', code: 'email-sent' }] },
    });
    const root = rootOf(el);
    expect(root.querySelector('[part="errors"]')).to.equal(null);
    const sent = root.querySelector('[part="sent"]')!;
    expect(sent.closest('[role="status"]') !== null, 'in a live region').to.equal(true);
    expect(sent.textContent).to.contain('The email was sent again.');
    expect(sent.textContent).not.to.contain('email-sent');
  });

  it('still shows real errors as errors', async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-email')),
      response_errors: { non_field_errors: [{ string: 'Mail server down.', code: 'invalid' }] },
    });
    const root = rootOf(el);
    expect(root.querySelector('[part="errors"]')!.textContent).to.contain('Mail server down.');
    expect(root.querySelector('[part="sent"]')).to.equal(null);
  });
});

describe('ak-stage-consent', () => {
  it('lists the granted and the new permissions under the header', async () => {
    const el = await mountStage(await loadFixture('ak-stage-consent'));
    const root = rootOf(el);
    expect(root.querySelector('h2')!.textContent).to.contain('Grafana wants to access');
    const lists = root.querySelectorAll('[part="permissions"]');
    expect(lists).to.have.length(2);
    expect(lists[1].textContent).to.contain('Your name and username');
  });

  it("leaves out what authentik's page leaves out: openid and unnamed scopes", async () => {
    const c = await loadFixture('ak-stage-consent');
    const el = await mountStage({
      ...c,
      permissions: [
        { id: 'openid', name: 'OpenID' },
        { id: 'goauthentik.io/api', name: '' },
        { id: 'email', name: 'Email address' },
      ],
      additional_permissions: [],
    });
    const items = Array.from(rootOf(el).querySelectorAll('[part="permissions"] li'));
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Email address']);
  });
});

describe('ak-stage-session-end', () => {
  it('links back to the application, the overview and the logout flow', async () => {
    const el = await mountStage(await loadFixture('ak-stage-session-end'));
    const links = Array.from(rootOf(el).querySelectorAll<HTMLAnchorElement>('a'));
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://grafana.example.com/',
      new URL('/if/user/', document.baseURI).href,
      new URL('/if/flow/default-invalidation-flow/', document.baseURI).href,
    ]);
  });
});

describe('xak-flow-shell', () => {
  forEachSanitizer(() => {
    it('drops styles and form controls, which would restyle the host page or join the form', async () => {
      const c = await loadFixture('xak-flow-shell');
      const body =
        '<style>body { display: none }</style><p style="position:fixed;inset:0">text</p>' +
        '<form action="https://evil.example"><input name="password"><button>go</button></form>';
      const el = await mountStage({ ...c, body }, true);
      const root = rootOf(el);
      expect(root.querySelector('p')!.textContent).to.equal('text');
      expect(root.querySelector('p')!.hasAttribute('style')).to.equal(false);
      expect(root.querySelectorAll('style, form, input, button')).to.have.length(0);
    });

    it('renders the body sanitized', async () => {
      const c = await loadFixture('xak-flow-shell');
      const el = await mountStage({ ...c, body: '<p>ok</p><script>window.__pwned=1</script>' });
      expect(rootOf(el).querySelector('[part="body"] p')!.textContent).to.equal('ok');
      expect(rootOf(el).querySelector('script')).to.equal(null);
    });
  });
});

describe('xak-flow-frame', () => {
  it('ignores messages that do not come from its iframe', async () => {
    const el = await mountStage(await loadFixture('xak-flow-frame'));
    const seen = collect(el);
    // A listener added after the stage's hears the message after the stage has handled it.
    let delivered = false;
    const after = (e: MessageEvent) => (delivered ||= e.data?.code === 'forged');
    window.addEventListener('message', after);
    try {
      window.postMessage({ code: 'forged' }, location.origin);
      await until(() => delivered, 'the message delivered');
    } finally {
      window.removeEventListener('message', after);
    }
    expect(seen).to.have.length(0);
  });

  it('refuses an unsafe url and shows the loading text until the frame loads', async () => {
    const c = await loadFixture('xak-flow-frame');
    const bad = await mountStage({ ...c, url: 'javascript:alert(1)' });
    expect(rootOf(bad).querySelector('iframe')).to.equal(null);
    expect(rootOf(bad).querySelector('[role="alert"]')).to.not.equal(null);
    expect(rootOf(bad).querySelector('button')!.textContent).to.contain('Start over');
    const el = await mountStage(c);
    expect(rootOf(el).querySelector('iframe')!.getAttribute('sandbox')).to.contain('allow-scripts');
  });

  it("answers only authentik's submit message from its page; the overlay hides the page", async () => {
    const c = await loadFixture('xak-flow-frame');
    const el = await mountStage({
      ...c,
      url: new URL('/test/browser/stages/frame-child.html', location.href).href,
    });
    const seen = collect(el);
    const frame = rootOf(el).querySelector('iframe')!;
    // loading_overlay: the page works out of sight, the loading text is said instead.
    expect(frame.getBoundingClientRect().width).to.equal(0);
    expect(rootOf(el).querySelector('[role="status"]')!.textContent).to.contain(
      'Loading the verification page',
    );
    await until(() => (el as unknown as { loaded: boolean }).loaded, 'the page loaded');
    // Another message first, then authentik's: one answer, with nothing of the page's data.
    frame.contentWindow!.postMessage('send-other', '*');
    await until(() => seen.length === 1, 'the answer');
    expect(seen[0].response).to.deep.equal({ component: 'xak-flow-frame' });
    const plain = await mountStage({ ...c, loading_overlay: false });
    expect(rootOf(plain).querySelector('iframe')!.getBoundingClientRect().width).to.be.above(0);
    expect(rootOf(plain).querySelector('[role="status"]') === null, 'no overlay').to.equal(true);
  });

  it('a same-origin page runs without allow-same-origin, so it cannot lift its own sandbox', async () => {
    const c = await loadFixture('xak-flow-frame');
    const same = await mountStage({
      ...c,
      url: new URL('/test/browser/stages/frame-child.html', location.href).href,
    });
    const sandbox = rootOf(same).querySelector('iframe')!.getAttribute('sandbox')!.split(' ');
    expect(sandbox).to.include('allow-scripts');
    expect(sandbox).to.not.include('allow-same-origin');
    const cross = await mountStage({ ...c, url: 'https://verify.example.org/frame' });
    expect(rootOf(cross).querySelector('iframe')!.getAttribute('sandbox')!.split(' ')).to.include(
      'allow-same-origin',
    );
  });
});
