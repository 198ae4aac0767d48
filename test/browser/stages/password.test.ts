import { expect, oneEvent } from '@open-wc/testing';
import type { StageRestartEvent } from '../../../components/stages/kit/events.js';
import '../../../components/stages/kit/registry.js';
import { rememberKey } from '../../../components/stages/kit/remember-me.js';
import { loadFixture, mountStage, rootOf } from './shared-suite.js';

describe('ak-stage-password', () => {
  it('shows the pending user, and "Not you?" cancels the flow and forgets a remembered identifier', async () => {
    // Remembered, the identification stage would send the user on as akadmin again.
    const key = rememberKey(document.baseURI);
    localStorage.setItem(key, 'akadmin');
    const el = await mountStage(await loadFixture('ak-stage-password'));
    const root = rootOf(el);
    expect(root.querySelector('[part="user"]')!.textContent).to.contain('akadmin');
    const notYou = Array.from(root.querySelectorAll('button')).find((b) =>
      b.textContent!.includes('Not you?'),
    )!;
    setTimeout(() => notYou.click());
    const ev = (await oneEvent(el, 'ak-stage-restart')) as unknown as StageRestartEvent;
    expect(ev.reason).to.equal('cancel');
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it("draws authentik's initials avatar (an SVG data URL), loaded after the stage renders", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#2b6cb0"/>' +
      '<text x="50%" y="50%" fill="#fff" font-size="26" text-anchor="middle">AK</text></svg>';
    const el = await mountStage({
      ...(await loadFixture('ak-stage-password')),
      pending_user_avatar: `data:image/svg+xml;base64,${btoa(svg)}`,
    });
    const img = rootOf(el).querySelector<HTMLImageElement>('[part="user"] img')!;
    // Its SVG document is built off the render that shows the stage and focuses the field.
    expect(img.loading).to.equal('lazy');
    await img.decode();
    expect(img.naturalWidth).to.equal(64);
  });

  it('pairs a username input with the password for password managers', async () => {
    const el = await mountStage(await loadFixture('ak-stage-password'), true);
    const user = el.querySelector<HTMLInputElement>('input[name="username"]')!;
    expect(user.value).to.equal('akadmin');
    expect(user.autocomplete).to.equal('username');
    expect(user.type).to.equal('text');
    const password = el.querySelector<HTMLInputElement>('input[name="password"]')!;
    expect(password.autocomplete).to.equal('current-password');
    expect(user.form).to.equal(password.form);
    el.focusFirst();
    expect(document.activeElement).to.equal(password);
  });

  it('warns while Caps Lock is on', async () => {
    const el = await mountStage(await loadFixture('ak-stage-password'));
    const root = rootOf(el);
    const input = root.querySelector<HTMLInputElement>('input[name="password"]')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true }));
    await el.updateComplete;
    const warning = root.querySelector('[part="caps-lock"]')!;
    expect(warning.textContent).to.contain('Caps Lock is on.');
    expect(input.getAttribute('aria-describedby')).to.contain(warning.id);
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', modifierCapsLock: false }));
    await el.updateComplete;
    expect(root.querySelector('[part="caps-lock"]')!.textContent!.trim()).to.equal('');
    expect(input.getAttribute('aria-describedby') ?? '').not.to.contain(warning.id);
  });

  it('offers show/hide only when allowed, and the recovery link', async () => {
    const c = await loadFixture('ak-stage-password');
    const el = await mountStage(c);
    expect(rootOf(el).querySelector('button[part="toggle"]')).to.not.equal(null);
    const link = rootOf(el).querySelector<HTMLAnchorElement>('a.link')!;
    expect(new URL(link.href).pathname).to.equal('/if/flow/default-recovery-flow/');
    const strict = await mountStage({ ...c, allow_show_password: false, recovery_url: '' });
    expect(rootOf(strict).querySelector('button[part="toggle"]')).to.equal(null);
    expect(rootOf(strict).querySelector('a.link')).to.equal(null);
  });
});

describe('server URLs resolve against authentik, not the host page', () => {
  it('a relative recovery link and avatar point at base-url', async () => {
    const c = await loadFixture('ak-stage-password');
    const el = await mountStage({
      ...c,
      recovery_url: '/if/flow/default-recovery-flow/',
      pending_user_avatar: '/media/avatar.png',
    });
    el.config = { baseUrl: 'https://auth.example.com/' };
    await el.updateComplete;
    const link = [...rootOf(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(link).to.include('https://auth.example.com/if/flow/default-recovery-flow/');
    expect(rootOf(el).querySelector<HTMLImageElement>('img')!.src).to.equal(
      'https://auth.example.com/media/avatar.png',
    );
  });
});
