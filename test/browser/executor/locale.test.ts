// The widget's language: chosen from `locale`, the page's `lang` and the browser; set on its root
// with `dir`; sent first in Accept-Language; switched at run time without losing what was typed.
// @lit/localize keeps one locale per page, so each test names the language it expects.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/stages/kit/registry.js';
import type { AkFlowExecutor } from '../../../components/flow-executor/ak-flow-executor.js';
import { root, scenario, settled, stageOf, stageRoot, until } from '../helpers.js';
import { mount } from './mount.js';

/** The identification fixture with an empty `primary_action`: the widget's own (translated) text. */
async function identification() {
  const res = await fetch('/test/fixtures/challenges/ak-stage-identification.json');
  return { body: { ...(await res.json()), primary_action: '' } };
}

const layoutOf = (el: AkFlowExecutor) => root(el).querySelector<HTMLElement>('[part="layout"]')!;
const stageText = (el: AkFlowExecutor) =>
  (stageRoot(stageOf(el)) as ShadowRoot | Element).textContent!.replace(/\s+/g, ' ');
const usernameInput = (el: AkFlowExecutor) =>
  stageRoot(stageOf(el)).querySelector<HTMLInputElement>('input[name="username"]')!;

/** An English identification stage with the language menu; its picker and <select>. */
async function withPicker() {
  const s = await scenario({ executor: [await identification()], eachRequest: true });
  const el = await mount({ 'api-path': s.apiPath, locale: 'en', 'locale-picker': true });
  await until(() => !!root(el).querySelector('ak-flow-locale-picker'), 'the menu');
  const picker = root(el).querySelector('ak-flow-locale-picker')!;
  await customElements.whenDefined('ak-flow-locale-picker');
  await picker.updateComplete;
  return { el, picker, select: picker.shadowRoot!.querySelector('select')! };
}

describe('ak-flow-executor: language', () => {
  after(async () => {
    // Leave English behind for other tests in this page.
    const s = await scenario({ executor: [await identification()] });
    await mount({ 'api-path': s.apiPath, locale: 'en' });
  });

  it('the locale attribute wins: German strings, lang and dir on its root, Accept-Language first', async () => {
    const s = await scenario({ executor: [await identification()] });
    const el = await mount({ 'api-path': s.apiPath, locale: 'de' });
    expect(layoutOf(el).lang).to.equal('de');
    expect(layoutOf(el).dir).to.equal('ltr');
    expect(stageText(el)).to.contain('Anmelden');
    expect(stageText(el)).not.to.contain('Log in');
    for (const req of await s.log()) {
      expect(req.headers['accept-language'], req.url).to.match(/^de(,|$)/);
    }
  });

  it('a page in German with no locale attribute gets German (nearest lang above)', async () => {
    const s = await scenario({ executor: [await identification()] });
    const wrapper = await fixture<HTMLElement>(html`<section lang="de-AT"><div></div></section>`);
    const el = document.createElement('ak-flow-executor');
    el.setAttribute('slug', 'test-flow');
    el.setAttribute('api-path', s.apiPath);
    const shown = settled(el);
    wrapper.querySelector('div')!.append(el);
    await shown;
    expect(layoutOf(el).lang).to.equal('de');
    expect(stageText(el)).to.contain('Anmelden');
    expect((await s.log())[0]!.headers['accept-language']).to.match(/^de(,|$)/);
  });

  it('Arabic is right-to-left', async () => {
    const s = await scenario({ executor: [await identification()] });
    const el = await mount({ 'api-path': s.apiPath, locale: 'ar' });
    expect(layoutOf(el).lang).to.equal('ar');
    expect(layoutOf(el).dir).to.equal('rtl');
    expect(getComputedStyle(layoutOf(el)).direction).to.equal('rtl');
    expect(stageText(el)).to.contain('تسجيل الدخول');
  });

  it('switching locale mid-stage keeps the typed username, re-reads the challenge and tells the page', async () => {
    const s = await scenario({ executor: [await identification()], eachRequest: true });
    const el = await mount({ 'api-path': s.apiPath, locale: 'en' });
    const stage = stageOf(el);
    const input = usernameInput(el);
    input.value = 'alice@example.com';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const before = (await s.log()).filter((r) => r.url.includes('/flows/executor/')).length;

    const changed = oneEvent(el, 'ak-flow-locale');
    el.locale = 'fr-CA'; // not shipped yet in this test's expectations: falls back by language
    el.locale = 'de';
    const { detail } = await changed;
    expect(detail).to.deep.equal({ locale: 'de', previous: 'en' });
    await until(() => stageText(el).includes('Anmelden'), 'German on screen');
    expect(stageOf(el)).to.equal(stage);
    expect(usernameInput(el).value).to.equal('alice@example.com');
    expect(layoutOf(el).lang).to.equal('de');
    await until(
      async () => (await s.log()).filter((r) => r.url.includes('/flows/executor/')).length > before,
      'the challenge re-read',
    );
    const last = (await s.log()).filter((r) => r.url.includes('/flows/executor/')).at(-1)!;
    expect(last.headers['accept-language']).to.match(/^de(,|$)/);
    await el.updateComplete;
    expect(stageOf(el)).to.equal(stage);
    expect(usernameInput(el).value).to.equal('alice@example.com');
  });

  it('switching locale on the password stage keeps the typed password and its visibility', async () => {
    const res = await fetch('/test/fixtures/challenges/ak-stage-password.json');
    const s = await scenario({ executor: [{ body: await res.json() }], eachRequest: true });
    const el = await mount({ 'api-path': s.apiPath, locale: 'en' });
    const stage = stageOf(el);
    const password = () =>
      stageRoot(stageOf(el)).querySelector<HTMLInputElement>('input[name="password"]')!;
    password().value = 'correct horse battery staple';
    password().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(stageText(el)).to.contain('Password');

    el.locale = 'de';
    await until(() => stageText(el).includes('Passwort'), 'German on screen');
    await until(
      async () => (await s.log()).filter((r) => r.url.includes('/flows/executor/')).length > 1,
      'the challenge re-read',
    );
    await el.updateComplete;
    expect(stageOf(el)).to.equal(stage);
    expect(password().value).to.equal('correct horse battery staple');
    expect(password().type).to.equal('password');
    expect(layoutOf(el).lang).to.equal('de');
  });

  it('an unknown locale falls back to the next preference, then English', async () => {
    const s = await scenario({ executor: [await identification()] });
    const el = await mount({ 'api-path': s.apiPath, locale: 'xx' });
    // navigator.languages of the test browser is English.
    expect(layoutOf(el).lang).to.equal('en');
    expect(stageText(el)).to.contain('Log in');
  });

  it('the pseudo-locale leaves no plain English in the stage', async () => {
    const s = await scenario({ executor: [await identification()] });
    const el = await mount({ 'api-path': s.apiPath, locale: 'en-XA' });
    expect(layoutOf(el).lang).to.equal('en-XA');
    expect(stageText(el)).to.contain('⟦');
    expect(stageText(el)).not.to.contain('Log in');
  });

  it('a lazy stage paints in the locale at once: its messages load with its chunk, then follow a switch', async () => {
    const dummy = await (await fetch('/test/fixtures/challenges/ak-stage-dummy.json')).json();
    const s = await scenario({ executor: [{ body: dummy }], eachRequest: true });
    // What the stage shows the first time it renders (not after a later update).
    const firstPaint: string[] = [];
    expect(customElements.get('ak-stage-dummy'), 'not loaded before the flow asks').to.equal(
      undefined,
    );
    void customElements.whenDefined('ak-stage-dummy').then((cls) => {
      const proto = cls.prototype as unknown as {
        firstUpdated(...args: unknown[]): void;
        renderRoot: ParentNode;
      };
      const original = proto.firstUpdated;
      proto.firstUpdated = function (this: typeof proto, ...args: unknown[]) {
        firstPaint.push(this.renderRoot.textContent!);
        original.apply(this, args);
      };
    });
    const el = await mount({ 'api-path': s.apiPath, locale: 'de' });
    expect(customElements.get('ak-stage-dummy'), 'the stage was lazy').to.exist;
    expect(firstPaint).to.have.length(1);
    expect(firstPaint[0]).to.contain('Platzhalterschritt: \u2068default-dummy\u2069');
    expect(firstPaint[0]).not.to.contain('Dummy stage');

    const changed = oneEvent(el, 'ak-flow-locale');
    el.locale = 'fr';
    await changed;
    await el.updateComplete;
    await stageOf(el).updateComplete;
    expect(stageText(el)).to.contain('Étape factice : \u2068default-dummy\u2069');
  });

  it('locale-picker: a language menu in the card, each language in its own; choosing keeps the typed input', async () => {
    const { el, picker, select } = await withPicker();
    const label = picker.shadowRoot!.querySelector(`label[for="${select.id}"]`)!;
    expect(label.textContent).to.equal('Language');
    const option = (l: string) => select.querySelector<HTMLOptionElement>(`option[value="${l}"]`)!;
    expect(option('de').text).to.equal('Deutsch');
    expect(option('de').lang).to.equal('de');
    expect(option('ja').text).to.equal('日本語');
    expect(option('ar').text).to.equal('العربية');
    expect(option('en-XA'), 'no pseudo-locale unless it is on').to.equal(null);
    expect(select.options).to.have.length(29);
    expect(select.value).to.equal('en');

    const input = usernameInput(el);
    input.value = 'alice@example.com';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const changed = oneEvent(el, 'ak-flow-locale');
    select.value = 'de';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail).to.deep.equal({ locale: 'de', previous: 'en' });
    expect(el.locale).to.equal('de');
    await until(() => stageText(el).includes('Anmelden'), 'German on screen');
    await picker.updateComplete;
    expect(label.textContent).to.equal('Sprache');
    expect(select.value).to.equal('de');
    expect(usernameInput(el).value).to.equal('alice@example.com');
  });

  it('locale-picker: arrowing through the languages changes nothing until the user leaves the menu', async () => {
    const { el, picker, select } = await withPicker();
    const changes: string[] = [];
    el.addEventListener('ak-flow-locale', (e) => changes.push(e.detail.locale));
    select.focus();
    const start = select.selectedIndex;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.selectedIndex === start + 2, 'two languages on');
    const chosen = select.value;
    expect(changes, 'no language change while arrowing').to.deep.equal([]);
    expect(el.locale).to.equal('en');
    await sendKeys({ press: 'Tab' });
    await until(() => changes.length === 1, 'the language applied on leaving');
    expect(changes).to.deep.equal([chosen]);
    expect(el.locale).to.equal(chosen);
    // Enter applies the language arrowed to, without leaving the menu.
    await picker.updateComplete;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.value !== chosen, 'the next language');
    const next = select.value;
    expect(changes).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await until(() => changes.length === 2, 'the language applied on Enter');
    expect(changes[1]).to.equal(next);
  });
});
