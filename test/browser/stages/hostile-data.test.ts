// Schema-valid but hostile or merely unusual data: each root cause the fuzzing found, one test.
import { expect } from '@open-wc/testing';
import {
  collect,
  forEachSanitizer,
  loadFixture,
  mountPrompt,
  mountStage,
  promptField,
  rootOf,
  submitForm,
  type,
} from './shared-suite.js';

describe('hostile and unusual challenges', () => {
  it('prompt field keys named like Object.prototype members are ordinary fields', async () => {
    const challenge = {
      ...(await loadFixture('ak-stage-prompt')),
      fields: [
        promptField('constructor'),
        promptField('__proto__', { order: 1 }),
        promptField('toString', { order: 2 }),
      ],
      response_errors: { constructor: [{ string: 'Not this one.', code: 'invalid' }] },
    };
    const el = await mountStage(challenge);
    const root = rootOf(el);
    const input = root.querySelector<HTMLInputElement>('input[name="constructor"]')!;
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(root.querySelector('.field-error')!.textContent).to.equal('Not this one.');
    type(root, 'input[name="constructor"]', 'a');
    type(root, 'input[name="__proto__"]', 'b');
    const seen = collect(el);
    submitForm(root);
    expect(seen).to.have.length(1);
    // As JSON: an object literal cannot hold an own `__proto__` key to compare with.
    expect(JSON.stringify(seen[0].response)).to.equal(
      '{"component":"ak-stage-prompt","constructor":"a","__proto__":"b","toString":""}',
    );
  });

  it('a setup stage whose model is __proto__ is named by its own name', async () => {
    const el = await mountStage({
      ...(await loadFixture('ak-stage-authenticator-validate')),
      device_challenges: [],
      configuration_stages: [
        { pk: '1', name: 'my-setup', verbose_name: 'Odd stage', meta_model_name: 'x.__proto__' },
      ],
    });
    expect(rootOf(el).querySelector('.method .name')!.textContent).to.equal('Odd stage');
  });

  it('TOTP setup with a config_url too long for a QR code shows the key to type instead', async () => {
    const secret = 'JBSWY3DPEHPK3PXP'.repeat(300);
    const el = await mountStage({
      ...(await loadFixture('ak-stage-authenticator-totp')),
      config_url: `otpauth://totp/authentik:akadmin?secret=${secret}&issuer=authentik`,
    });
    const root = rootOf(el);
    expect(root.querySelector('svg.qr')).to.equal(null);
    expect(root.querySelector('details')!.open).to.equal(true);
    expect(root.querySelector('.secret code')!.textContent).to.contain('JBSW Y3DP');
    expect(root.querySelector('input[name="code"]')).to.not.equal(null);
  });

  forEachSanitizer(() => {
    for (const body of [
      '',
      '   ',
      '<script>alert(1)</script>',
      '<style>p{}</style><form></form>',
    ]) {
      it(`a shell whose body shows nothing (${JSON.stringify(body)}) says so and offers a way on`, async () => {
        const el = await mountStage({ ...(await loadFixture('xak-flow-shell')), body });
        const root = rootOf(el);
        expect(root.querySelector('[role="alert"]')!.textContent).to.contain('nothing to show');
        expect(root.querySelector('button')!.textContent).to.contain('Start over');
      });
    }

    for (const light of [false, true]) {
      it(`sanitized HTML keeps text and drops what is dangerous (${light ? 'light' : 'shadow'} DOM)`, async () => {
        const markup =
          '<p id="akClobber" class="button" style="color:red" onclick="alert(1)" data-x="1">Hello</p>' +
          '<img name="akClobberImg" src="x.png" onerror="alert(2)" alt="">' +
          '<form name="akForm"><input name="akInput"></form><svg><circle r="1"></circle></svg>' +
          '<iframe src="https://example.com"></iframe><math><mi>x</mi></math><a href="javascript:alert(3)">link</a>' +
          '<details open><summary>s</summary></details><b>bold</b>';
        const el = await mountPrompt(
          [promptField('note', { type: 'static', initial_value: markup })],
          light,
        );
        const box = rootOf(el).querySelector('[part="static"]')!;
        expect(box.textContent).to.contain('Hello');
        expect(box.querySelector('b')!.textContent).to.equal('bold');
        for (const selector of [
          'svg',
          'iframe',
          'math',
          'form',
          'input',
          'details',
          '[style]',
          '[class]',
          '[onclick]',
          '[onerror]',
          '[data-x]',
        ]) {
          expect(box.querySelector(selector), selector).to.equal(null);
        }
        expect(box.querySelector('a')!.hasAttribute('href')).to.equal(false);
        // Named properties: no window.<id> and no document.<name> from server HTML.
        const w = window as unknown as Record<string, unknown>;
        const d = document as unknown as Record<string, unknown>;
        expect(w.akClobber, 'window.akClobber').to.equal(undefined);
        expect(d.akClobberImg, 'document.akClobberImg').to.equal(undefined);
        expect(box.querySelector('p')!.id).to.equal('user-content-akClobber');
      });
    }
  });
});
